package nl.sleutelnet.adapters.web.ui;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.evaluation.CostCommand;
import nl.sleutelnet.application.port.in.evaluation.RecordCostUseCase;
import nl.sleutelnet.application.port.in.evaluation.ShowEvaluationReportUseCase;
import nl.sleutelnet.application.port.in.evaluation.ShowProgrammeUseCase;
import nl.sleutelnet.application.port.in.geography.DistrictSummary;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.application.port.in.theme.ListThemesUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.evaluation.EvaluationReport;
import nl.sleutelnet.domain.evaluation.SmallCells;
import nl.sleutelnet.domain.programme.Programme;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.temperature.Level;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The period report for the coordinator and analysts: choose a year (2022–2026) or a period and the city or a wijk;
 * see the figures as charts and tables; download the same figures as CSV, JSON (the API) or the council's PDF. The
 * coordinator records the programme's costs here too.
 */
@Controller
@RequestMapping("/evaluatie")
public class EvaluatiePaginaController {

    /** The years of the programme of the council decision. */
    static final List<Integer> PROGRAMME_YEARS = List.of(2022, 2023, 2024, 2025, 2026);

    private final ShowEvaluationReportUseCase reports;
    private final ShowProgrammeUseCase programme;
    private final RecordCostUseCase costs;
    private final ListDistrictsUseCase districts;
    private final ListThemesUseCase themes;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final Screening screening;

    public EvaluatiePaginaController(ShowEvaluationReportUseCase reports, ShowProgrammeUseCase programme,
            RecordCostUseCase costs, ListDistrictsUseCase districts, ListThemesUseCase themes,
            MessageSource messages, ITemplateEngine templates, Clock clock, Screening screening) {
        this.reports = reports;
        this.programme = programme;
        this.costs = costs;
        this.districts = districts;
        this.themes = themes;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
        this.screening = screening;
    }

    /** The form of a cost as it is typed. */
    /** Serializable: a refused form travels in the flash map, which lives in the session table. */
    public record KostenForm(String van, String tot, String bedrag, String omschrijving, String interventie,
            Long versie) implements java.io.Serializable {
    }

    @GetMapping
    public String rapport(Actor actor, @ModelAttribute("keuze") EvaluatieKeuze gekozen, Model model,
            Locale locale) {
        actor.require(Permission.VIEW_EVALUATION);
        EvaluatieKeuze keuze = gekozen.withDefaults(thisYear());
        model.addAttribute("keuze", keuze);
        List<DistrictSummary> wijken = districts.listDistricts(actor);
        model.addAttribute("wijken", wijken);
        model.addAttribute("jaren", years());
        model.addAttribute("minimum", SmallCells.DEFAULT_MINIMUM);
        model.addAttribute("magKosten", actor.may(Permission.MANAGE_PROGRAMME));
        model.addAttribute("programma", programme.showProgramme(actor));
        if (!model.containsAttribute("kosten")) {
            model.addAttribute("kosten", new KostenForm(null, null, null, null, null, null));
        }
        if (!model.containsAttribute("kostenFouten")) {
            model.addAttribute("kostenFouten", FormErrors.none());
        }
        try {
            long start = System.nanoTime();
            EvaluationReport report = reports.showReport(actor, keuze.query());
            long millis = (System.nanoTime() - start) / 1_000_000;
            Map<String, String> names = EvaluatieRegels.names(wijken, themes.listThemes(actor, true));
            model.addAttribute("rapport", report);
            model.addAttribute("onderdelen", EvaluatieRegels.of(report, names, messages, locale));
            model.addAttribute("rekentijd", millis);
            model.addAttribute("grafiek", chartData(report, names, locale));
            model.addAttribute("fouten", FormErrors.none());
        } catch (DomainException e) {
            model.addAttribute("fouten", FormErrors.of(e, messages, locale));
        }
        return "evaluatie/rapport";
    }

    @GetMapping("/export.csv")
    public ResponseEntity<byte[]> csv(Actor actor, @ModelAttribute EvaluatieKeuze keuze, Locale locale) {
        EvaluationReport report = reports.showReport(actor, keuze.withDefaults(thisYear()).query());
        String body = EvaluatieCsv.of(EvaluatieRegels.flat(EvaluatieRegels.of(report, names(actor), messages,
                locale)));
        return download(body.getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                fileName(report) + ".csv");
    }

    @GetMapping("/export.pdf")
    public ResponseEntity<byte[]> pdf(Actor actor, @ModelAttribute EvaluatieKeuze keuze, Locale locale) {
        EvaluationReport report = reports.showReport(actor, keuze.withDefaults(thisYear()).query());
        Context context = new Context(locale);
        context.setVariable("rapport", report);
        context.setVariable("gebied", report.area().isCity()
                ? messages.getMessage("evaluatie.stad", null, "Hele stad", locale) : report.area().name());
        context.setVariable("onderdelen", EvaluatieRegels.of(report, names(actor), messages, locale));
        String xhtml = templates.process("evaluatie/pdf", context);
        return download(EvaluatiePdf.render(xhtml), MediaType.APPLICATION_PDF, fileName(report) + ".pdf");
    }

    @PostMapping("/kosten")
    public String kostenVastleggen(Actor actor, @ModelAttribute("kosten") KostenForm form,
            @RequestParam(value = "terug", required = false) String terug,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, Locale locale) {
        try {
            costs.recordCost(actor, command(form));
            redirect.addFlashAttribute("kostenOpgeslagen", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("kosten", form);
            redirect.addFlashAttribute("kostenFouten", FormErrors.of(e, messages, locale));
            // what the personal-data screen found in the description, and where, so that exactly that is removed
            redirect.addFlashAttribute("kostenGevonden", screening.findings(form.omschrijving(), locale));
        }
        return "redirect:/evaluatie" + (terug != null && terug.startsWith("jaar=") ? "?" + terug : "") + "#kosten-kop";
    }

    private static CostCommand command(KostenForm form) {
        List<FieldViolation> wrong = new ArrayList<>();
        LocalDate from = date("from", form.van(), wrong);
        LocalDate to = date("to", form.tot(), wrong);
        BigDecimal amount = null;
        if (form.bedrag() != null && !form.bedrag().isBlank()) {
            try {
                amount = new BigDecimal(form.bedrag().strip().replace(".", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                wrong.add(new FieldViolation("amount", "money.invalid", "'" + form.bedrag() + "' is not an amount."));
            }
        }
        UUID intervention = null;
        if (form.interventie() != null && !form.interventie().isBlank()) {
            try {
                intervention = UUID.fromString(form.interventie().strip());
            } catch (IllegalArgumentException e) {
                wrong.add(new FieldViolation("interventionId", "intervention.not-found",
                        "'" + form.interventie() + "' is not an intervention id."));
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidCommandException(wrong);
        }
        return new CostCommand(from, to, amount, form.omschrijving(), intervention,
                form.versie() == null ? 0 : form.versie());
    }

    private static LocalDate date(String field, String text, List<FieldViolation> wrong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            wrong.add(new FieldViolation(field, "audit.date.invalid",
                    "'" + text + "' is not a date; use the form yyyy-mm-dd."));
            return null;
        }
    }

    private Map<String, String> names(Actor actor) {
        return EvaluatieRegels.names(districts.listDistricts(actor), themes.listThemes(actor, true));
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(UiModel.AMSTERDAM)).getYear();
    }

    private List<Integer> years() {
        int now = LocalDate.now(clock.withZone(UiModel.AMSTERDAM)).getYear();
        return IntStream.rangeClosed(PROGRAMME_YEARS.get(0), Math.max(now, PROGRAMME_YEARS.get(4)))
                .filter(y -> y <= now).boxed().toList();
    }

    private static String fileName(EvaluationReport report) {
        return "evaluatie-" + report.period().from() + "-" + report.period().to()
                + report.area().districtIfAny().map(d -> "-" + d.value()).orElse("");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    /** The figures the charts draw, as plain lists in data attributes (the page runs no inline script). */
    private Map<String, String> chartData(EvaluationReport report, Map<String, String> names, Locale locale) {
        String themesJson = report.signals().byTheme().stream()
                .map(b -> "[" + json(names.getOrDefault(b.key(), b.key())) + "," + (b.count().value() == null ? "null"
                        : b.count().value()) + "]")
                .collect(Collectors.joining(",", "[", "]"));
        String monthsJson = report.temperature().months().stream().map(m -> "[" + json(m.month().toString()) + ","
                + java.util.Arrays.stream(Level.values()).map(l -> Integer.toString(m.days().at(l)))
                        .collect(Collectors.joining(",")) + "]")
                .collect(Collectors.joining(",", "[", "]"));
        String levels = java.util.Arrays.stream(Level.values())
                .map(l -> json(messages.getMessage("niveau." + l.name(), null, l.name(), locale)))
                .collect(Collectors.joining(",", "[", "]"));
        String moneyJson = report.programme().years().stream().map(y -> "[" + y.year() + ","
                + y.budget().euros().toPlainString() + "," + y.spent().euros().toPlainString() + "]")
                .collect(Collectors.joining(",", "[", "]"));
        return Map.of("themas", themesJson, "maanden", monthsJson, "niveaus", levels, "geld", moneyJson);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
