package nl.sleutelnet.adapters.web.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.in.temperature.AcknowledgeAlertCommand;
import nl.sleutelnet.application.port.in.temperature.AcknowledgeAlertUseCase;
import nl.sleutelnet.application.port.in.temperature.CellTemperature;
import nl.sleutelnet.application.port.in.temperature.ExplainTemperatureUseCase;
import nl.sleutelnet.application.port.in.temperature.ListAlertsUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureMapUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureSeriesUseCase;
import nl.sleutelnet.application.port.in.temperature.TemperatureCell;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapQuery;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapReport;
import nl.sleutelnet.application.port.in.temperature.TemperatureSeries;
import nl.sleutelnet.application.port.in.temperature.TemperatureSeriesQuery;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.temperature.AreaTemperature;
import nl.sleutelnet.domain.temperature.TemperatureReading;
import nl.sleutelnet.domain.theme.Theme;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The temperature for staff: the map of one theme with the roll-up per wijk and a table of every buurt, the page of
 * one buurt × theme with its trend and (for who may see them) the signals and answers behind it, and the coordinator's
 * alerts.
 */
@Controller
@RequestMapping("/temperatuur")
public class TemperatuurPaginaController {

    /** The trend chart shows the last 90 days, today included. */
    static final int CHART_DAYS = 90;
    private static final int ALERTS_PER_PAGE = 50;

    private final ShowTemperatureMapUseCase map;
    private final ExplainTemperatureUseCase explain;
    private final ShowTemperatureSeriesUseCase series;
    private final ListAlertsUseCase alerts;
    private final AcknowledgeAlertUseCase acknowledge;
    private final Clock clock;

    public TemperatuurPaginaController(ShowTemperatureMapUseCase map, ExplainTemperatureUseCase explain,
            ShowTemperatureSeriesUseCase series, ListAlertsUseCase alerts, AcknowledgeAlertUseCase acknowledge,
            Clock clock) {
        this.map = map;
        this.explain = explain;
        this.series = series;
        this.alerts = alerts;
        this.acknowledge = acknowledge;
        this.clock = clock;
    }

    /**
     * The map of one theme: the one asked for, or else the theme that is hottest in the city right now (the first
     * active theme when all are calm), so the page opens where attention is needed.
     */
    @GetMapping
    public String kaart(Actor actor, @RequestParam(required = false) String thema, Model model) {
        TemperatureMapReport all = map.showTemperatureMap(actor, TemperatureMapQuery.allThemes());
        Optional<Theme> asked = Optional.ofNullable(thema).filter(t -> !t.isBlank()).map(String::strip)
                .flatMap(code -> all.themes().stream().filter(t -> t.code().value().equals(code)).findFirst());
        TemperatureMapReport report = all;
        Theme shown;
        if (asked.isPresent()) {
            shown = asked.get();
        } else if (thema != null && !thema.isBlank()) {
            // a retired theme is not among the active ones, but its history may still be asked for
            report = map.showTemperatureMap(actor, new TemperatureMapQuery(thema));
            shown = report.themes().get(0);
        } else {
            shown = all.themes().stream().max(Comparator.comparingDouble(
                    (Theme t) -> all.rollUp().city(t.code()).highestScore())
                    .thenComparing(t -> -all.themes().indexOf(t))).orElseThrow();
        }
        Map<String, Neighbourhood> buurten = report.buurten().stream()
                .collect(Collectors.toMap(b -> b.code().value(), Function.identity()));
        Map<String, String> wijkNamen = report.districts().stream()
                .collect(Collectors.toMap(d -> d.code().value(), District::name));
        List<TemperatureReading> figures = report.figures(shown.code()).stream()
                .sorted(Comparator.comparingDouble(TemperatureReading::score).reversed()
                        .thenComparing(f -> buurten.get(f.buurt().value()).name()))
                .toList();
        TemperatureMapReport shownReport = report;
        List<WijkRij> wijken = report.districts().stream()
                .filter(d -> shownReport.rollUp().districts().containsKey(d.code()))
                .map(d -> new WijkRij(d, shownReport.rollUp().district(d.code(), shown.code()))).toList();
        List<ThemaRij> themas = all.themes().stream()
                .map(t -> new ThemaRij(t, all.rollUp().city(t.code()))).toList();
        model.addAttribute("rapport", report);
        model.addAttribute("thema", shown);
        model.addAttribute("themas", themas);
        model.addAttribute("cijfers", figures);
        model.addAttribute("buurten", buurten);
        model.addAttribute("wijkNamen", wijkNamen);
        model.addAttribute("wijken", wijken);
        model.addAttribute("stad", report.rollUp().city(shown.code()));
        model.addAttribute("grenzen", report.settings());
        return "temperatuur/kaart";
    }

    @GetMapping("/{buurtcode}/{thema}")
    public String buurt(Actor actor, @PathVariable String buurtcode, @PathVariable String thema, Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), UiModel.AMSTERDAM);
        TemperatureSeries reeks = series.showTemperatureSeries(actor,
                new TemperatureSeriesQuery(buurtcode, thema, today.minusDays(CHART_DAYS - 1), today));
        // the figure of this cell only: the page shows no other buurt
        CellTemperature now = map.showTemperature(actor, new TemperatureCell(buurtcode, thema));
        model.addAttribute("buurt", reeks.buurt());
        model.addAttribute("thema", reeks.theme());
        model.addAttribute("cijfer", now.figure());
        model.addAttribute("reeks", reeks);
        model.addAttribute("grenzen", reeks.settings());
        model.addAttribute("wijkNaam", now.district().name());
        boolean mayExplain = actor.may(Permission.EXPLAIN_TEMPERATURE);
        if (mayExplain) {
            try {
                model.addAttribute("uitleg", explain.explainTemperature(actor,
                        new TemperatureCell(buurtcode, thema)));
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.FORBIDDEN) {
                    throw e;
                }
                model.addAttribute("nietEigenBuurt", true);
            }
        }
        return "temperatuur/buurt";
    }

    @GetMapping("/waarschuwingen")
    public String waarschuwingen(Actor actor, @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("waarschuwingen", alerts.listAlerts(actor,
                new PageRequest(Math.max(0, pagina), ALERTS_PER_PAGE)));
        return "temperatuur/waarschuwingen";
    }

    /** A colleague who was just as quick, or an old page, is told so on the list; the template translates it. */
    @PostMapping("/waarschuwingen/{id}/gezien")
    public String gezien(Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(defaultValue = "0") int pagina, RedirectAttributes redirect) {
        try {
            acknowledge.acknowledgeAlert(actor, new AcknowledgeAlertCommand(id, version));
            redirect.addFlashAttribute("gezien", true);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            // the only change an alert knows is being seen: a newer version means a colleague saw it first
            boolean seenByOther = e.kind() == DomainException.Kind.STALE;
            redirect.addFlashAttribute("foutCode", seenByOther ? "alert.already-acknowledged" : e.code());
            redirect.addFlashAttribute("foutTekst", seenByOther ? "A colleague marked this alert as seen just "
                    + "before you; nothing changed." : e.getMessage());
        }
        return "redirect:/temperatuur/waarschuwingen" + (pagina > 0 ? "?pagina=" + pagina : "");
    }

    /** One wijk in the roll-up table. */
    public record WijkRij(District wijk, AreaTemperature temperatuur) {
    }

    /** One theme in the city-wide overview. */
    public record ThemaRij(Theme thema, AreaTemperature stad) {
    }
}
