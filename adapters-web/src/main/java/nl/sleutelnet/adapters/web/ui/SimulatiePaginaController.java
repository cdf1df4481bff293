package nl.sleutelnet.adapters.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.sleutelnet.application.port.in.geography.DistrictSummary;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.application.port.in.simulation.SimulationJob;
import nl.sleutelnet.application.port.in.simulation.WhatIfSimulationCommand;
import nl.sleutelnet.application.port.in.simulation.WhatIfSimulationUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Wat als" for the coordinator and analysts: key persons fewer or more per wijk on the current network, simulated
 * over several seeds in the background; the page polls the job (htmx) until it is done and then shows the comparison
 * as charts with tables.
 */
@Controller
@RequestMapping("/simulatie")
public class SimulatiePaginaController {

    static final int DEFAULT_SEEDS = 20;

    private final WhatIfSimulationUseCase simulations;
    private final ListDistrictsUseCase districts;
    private final MessageSource messages;

    public SimulatiePaginaController(WhatIfSimulationUseCase simulations, ListDistrictsUseCase districts,
            MessageSource messages) {
        this.simulations = simulations;
        this.districts = districts;
        this.messages = messages;
    }

    /** The form asks no use case, so it checks the permission the start will need (a 403 page, as elsewhere). */
    @GetMapping
    public String formulier(Actor actor, Model model) {
        actor.require(Permission.RUN_SIMULATIONS);
        return form(actor, model, Map.of(), DEFAULT_SEEDS, 1, FormErrors.none());
    }

    @PostMapping
    public String starten(Actor actor, @RequestParam Map<String, String> params, Model model, Locale locale) {
        // the permission before the form's own checks: a refused role gets the 403 page, never the form again
        actor.require(Permission.RUN_SIMULATIONS);
        Map<String, Integer> changes = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (DistrictSummary wijk : districts.listDistricts(actor)) {
            String code = wijk.district().code().value();
            String value = params.getOrDefault("wijk-" + code, "").strip();
            typed.put(code, value);
            if (!value.isEmpty()) {
                changes.put(code, number(value, Integer.MAX_VALUE));
            }
        }
        Integer seeds = number(params.getOrDefault("seeds", ""), null);
        Integer years = number(params.getOrDefault("years", ""), null);
        try {
            SimulationJob job = simulations.startWhatIfSimulation(actor,
                    new WhatIfSimulationCommand(changes, seeds, years));
            return "redirect:/simulatie/" + job.id();
        } catch (DomainException e) {
            model.addAttribute("ingevuld", typed);
            return form(actor, model, changes, seeds == null ? DEFAULT_SEEDS : seeds, years == null ? 1 : years,
                    FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/{id}")
    public String job(Actor actor, @PathVariable UUID id, Model model, Locale locale) {
        SimulationJob job = simulations.showSimulationJob(actor, id);
        model.addAttribute("job", job);
        model.addAttribute("wijkNamen", wijkNames(actor));
        job.outcome().ifPresent(outcome -> {
            Getallen getallen = new Getallen(locale);
            model.addAttribute("wijkRijen", outcome.wijken().stream().map(w -> new WijkRij(w.name(),
                    getallen.pijl(w.keyPersons(), 1), getallen.pijl(w.flareUps(), 1),
                    getallen.procentPijl(w.detectedShare()), getallen.pijl(w.daysUnseen(), 1),
                    Getallen.ruw(w.daysUnseen().currentMean()), Getallen.ruw(w.daysUnseen().whatIfMean()))).toList());
            model.addAttribute("stadRijen", outcome.city().stream().map(f -> new StadRij(f.metric(),
                    getallen.metSpreiding(f.currentMean(), f.currentSd()),
                    getallen.metSpreiding(f.whatIfMean(), f.whatIfSd()), getallen.getal(f.difference(), 2)))
                    .toList());
        });
        return "simulatie/resultaat";
    }

    /** A wijk's row, each cell "as it is → with the changes"; the raw means for the chart ("" when unknown). */
    public record WijkRij(String naam, String sleutelpersonen, String opvlammingen, String opgemerkt,
            String ongezien, String ongezienHuidig, String ongezienWatAls) {
    }

    public record StadRij(String cijfer, String huidig, String watAls, String verschil) {
    }

    /** Numbers as the reader's language writes them; a figure no run had (no flare-ups in a wijk) is a dash. */
    private record Getallen(Locale locale) {

        String getal(double value, int decimals) {
            if (Double.isNaN(value)) {
                return "–";
            }
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            return format.format(value);
        }

        String procent(double value) {
            return Double.isNaN(value) ? "–" : java.text.NumberFormat.getPercentInstance(locale).format(value);
        }

        String pijl(SimulationJob.Figure f, int decimals) {
            return getal(f.currentMean(), decimals) + " → " + getal(f.whatIfMean(), decimals);
        }

        String procentPijl(SimulationJob.Figure f) {
            return procent(f.currentMean()) + " → " + procent(f.whatIfMean());
        }

        String metSpreiding(double mean, double sd) {
            return getal(mean, 2) + " ± " + getal(sd, 2);
        }

        static String ruw(double value) {
            return Double.isNaN(value) ? "" : Double.toString(value);
        }
    }

    /** The progress as a fragment for htmx; once the job is no longer running, the whole page is loaded again. */
    @GetMapping("/{id}/voortgang")
    public String voortgang(Actor actor, @PathVariable UUID id, Model model, HttpServletResponse response) {
        SimulationJob job = simulations.showSimulationJob(actor, id);
        if (job.status() != SimulationJob.Status.RUNNING) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "simulatie/resultaat :: voortgang";
    }

    private String form(Actor actor, Model model, Map<String, Integer> changes, int seeds, int years,
            FormErrors errors) {
        model.addAttribute("wijken", districts.listDistricts(actor));
        model.addAttribute("wijzigingen", changes);
        model.addAttribute("seeds", seeds);
        model.addAttribute("years", years);
        model.addAttribute("fouten", errors);
        if (!model.containsAttribute("ingevuld")) {
            model.addAttribute("ingevuld", Map.of());
        }
        return "simulatie/formulier";
    }

    private Map<String, String> wijkNames(Actor actor) {
        Map<String, String> names = new LinkedHashMap<>();
        List<DistrictSummary> all = districts.listDistricts(actor);
        all.forEach(w -> names.put(w.district().code().value(), w.district().name()));
        return names;
    }

    /** A number as typed; text that is not one becomes {@code invalid}, which the command refuses by name. */
    private static Integer number(String text, Integer invalid) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace("+", ""));
        } catch (NumberFormatException e) {
            return invalid;
        }
    }
}
