package nl.sleutelnet.adapters.web.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.application.port.in.account.Colleague;
import nl.sleutelnet.application.port.in.account.ListColleaguesUseCase;
import nl.sleutelnet.application.port.in.signal.AddSightingUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.OverdueCheck;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SearchSignalsUseCase;
import nl.sleutelnet.application.port.in.signal.ShowSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SightingCommand;
import nl.sleutelnet.application.port.in.signal.SignalQuery;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.signal.HowObtained;
import nl.sleutelnet.domain.signal.ReporterKind;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalStatus;
import nl.sleutelnet.domain.temperature.Reliability;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signals for staff: the inbox, the report form with screening feedback, and the signal with its handling. */
@Controller
@RequestMapping("/signalen")
public class SignalenPaginaController {

    private static final int PAGE_SIZE = 25;
    /** The confirmations the signal page can show after a change, by the {@code melding} parameter. */
    private static final Set<String> CONFIRMATIONS = Set.of("gemeld", "ASSESS", "NO_ACTION", "CLOSE", "ASSIGN",
            "waarneming");

    private final ReportSignalUseCase report;
    private final AddSightingUseCase addSighting;
    private final HandleSignalUseCase handle;
    private final ShowSignalUseCase show;
    private final SearchSignalsUseCase search;
    private final OverdueCheck deadlines;
    private final ListColleaguesUseCase colleagues;
    private final NetworkMembers members;
    private final Choices choices;
    private final Screening screening;
    private final MessageSource messages;
    private final Clock clock;

    public SignalenPaginaController(ReportSignalUseCase report, AddSightingUseCase addSighting,
            HandleSignalUseCase handle, ShowSignalUseCase show, SearchSignalsUseCase search, OverdueCheck deadlines,
            ListColleaguesUseCase colleagues, NetworkMembers members, Choices choices, Screening screening,
            MessageSource messages, Clock clock) {
        this.report = report;
        this.addSighting = addSighting;
        this.handle = handle;
        this.show = show;
        this.search = search;
        this.deadlines = deadlines;
        this.colleagues = colleagues;
        this.members = members;
        this.choices = choices;
        this.screening = screening;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    public String inbox(Actor actor, @RequestParam(defaultValue = "OPEN") String status,
            @RequestParam(defaultValue = "false") boolean achterstallig,
            @RequestParam(required = false) String buurt, @RequestParam(required = false) String thema,
            @RequestParam(required = false) String behandelaar, @RequestParam(defaultValue = "0") int pagina,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        actor.require(Permission.HANDLE_SIGNALS);
        SignalQuery query;
        try {
            UUID assignee = behandelaar == null || behandelaar.isBlank() ? null : UUID.fromString(behandelaar);
            query = new SignalQuery(status, achterstallig, buurt, thema, assignee, Math.max(pagina, 0), PAGE_SIZE);
            model.addAttribute("fouten", FormErrors.none());
        } catch (DomainException e) {
            model.addAttribute("fouten", FormErrors.of(e, messages, locale));
            query = SignalQuery.open(0, PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            query = SignalQuery.open(0, PAGE_SIZE);
            model.addAttribute("fouten", FormErrors.none());
        }
        Page<Signal> page = search.searchSignals(actor, query);
        model.addAttribute("pagina", page);
        model.addAttribute("filter", query);
        model.addAttribute("statussen", SignalStatus.values());
        model.addAttribute("achterstallig", page.items().stream().filter(deadlines::isOverdue)
                .map(s -> s.id().value()).toList());
        model.addAttribute("behandelaars", colleagueNames(actor));
        choices.addTo(actor, model);
        return htmx != null ? "signalen/inbox :: resultaten" : "signalen/inbox";
    }

    @GetMapping("/nieuw")
    public String nieuw(Actor actor, Model model) {
        actor.require(Permission.REPORT_SIGNALS);
        return form(actor, model, SignalForm.empty(LocalDateTime.now(clock.withZone(UiModel.AMSTERDAM)),
                actor.accountId().value()), FormErrors.none(), List.of());
    }

    @PostMapping
    public String melden(Actor actor, SignalForm form, Model model, Locale locale) {
        try {
            Signal signal = report.reportSignal(actor, form.command());
            return "redirect:/signalen/" + signal.id() + "?melding=gemeld";
        } catch (DomainException e) {
            return form(actor, model, form, FormErrors.of(e, messages, locale),
                    screening.findings(form.description(), locale));
        }
    }

    @GetMapping("/{id}")
    public String signaal(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String melding,
            Model model) {
        if (melding != null && CONFIRMATIONS.contains(melding)) {
            model.addAttribute("melding", melding);
        }
        return page(actor, model, show.showSignal(actor, id), Map.of(), Map.of());
    }

    /** One handling step; the form says which, against the version shown. */
    @PostMapping("/{id}/stap")
    public String stap(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String step,
            @RequestParam(required = false) String reliability, @RequestParam(defaultValue = "") String explanation,
            @RequestParam(required = false) String assignee, @RequestParam long version, Model model,
            Locale locale) {
        try {
            UUID to = assignee == null || assignee.isBlank() ? null : UUID.fromString(assignee);
            handle.handleSignal(actor, new HandleSignalCommand(id, step, reliability, explanation, null, to,
                    version));
            return "redirect:/signalen/" + id + "?melding=" + step;
        } catch (DomainException e) {
            return page(actor, model, show.showSignal(actor, id), Map.of("stap", step, "reliability",
                    reliability == null ? "" : reliability, "explanation", explanation),
                    Map.of("stapFouten", FormErrors.of(e, messages, locale), "stapGevonden",
                            screening.findings(explanation, locale)));
        }
    }

    @PostMapping("/{id}/waarneming")
    public String waarneming(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "SELF") String reporter,
            @RequestParam(defaultValue = "") String openSource, @RequestParam(defaultValue = "") String howObtained,
            @RequestParam(defaultValue = "") String explanation, Model model, Locale locale) {
        try {
            String kind = null;
            UUID member = null;
            if ("OPEN_SOURCE".equals(reporter)) {
                kind = reporter;
            } else if (reporter.contains(":")) {
                kind = reporter.substring(0, reporter.indexOf(':'));
                member = UUID.fromString(reporter.substring(reporter.indexOf(':') + 1));
            }
            addSighting.addSighting(actor, new SightingCommand(id, kind, member, openSource, howObtained, null,
                    explanation));
            return "redirect:/signalen/" + id + "?melding=waarneming";
        } catch (DomainException e) {
            return page(actor, model, show.showSignal(actor, id), Map.of("reporter", reporter, "openSource",
                    openSource, "howObtained", howObtained, "explanation", explanation),
                    Map.of("waarnemingFouten", FormErrors.of(e, messages, locale), "waarnemingGevonden",
                            screening.findings(explanation, locale)));
        }
    }

    private String form(Actor actor, Model model, SignalForm form, FormErrors errors, List<String> found) {
        model.addAttribute("form", form);
        model.addAttribute("fouten", errors);
        model.addAttribute("gevonden", found);
        addReportingChoices(actor, model);
        return "signalen/formulier";
    }

    private String page(Actor actor, Model model, Signal signal, Map<String, String> typed,
            Map<String, Object> errors) {
        model.addAttribute("signaal", signal);
        model.addAttribute("achterstallig", deadlines.isOverdue(signal));
        model.addAttribute("beoordelenVoor", deadlines.assessmentDue(signal));
        model.addAttribute("volgende", signal.status().next());
        model.addAttribute("invoer", typed);
        for (String name : List.of("stapFouten", "waarnemingFouten")) {
            model.addAttribute(name, errors.getOrDefault(name, FormErrors.none()));
        }
        for (String name : List.of("stapGevonden", "waarnemingGevonden")) {
            model.addAttribute(name, errors.getOrDefault(name, List.of()));
        }
        Map<MemberRef, String> memberNames = members.names(actor);
        Map<String, String> reporterNames = new LinkedHashMap<>();
        memberNames.forEach((ref, name) -> reporterNames.put(ref.id().toString(), name));
        reporterNames.putAll(colleagueNames(actor));
        model.addAttribute("namen", reporterNames);
        addReportingChoices(actor, model);
        return "signalen/signaal";
    }

    private void addReportingChoices(Actor actor, Model model) {
        model.addAttribute("leden", members.choices(actor));
        model.addAttribute("hoeVerkregen", HowObtained.values());
        model.addAttribute("betrouwbaarheden", EnumSet.of(Reliability.HIGH, Reliability.MEDIUM, Reliability.LOW));
        model.addAttribute("soortenMelder", ReporterKind.values());
        model.addAttribute("behandelaars", colleagueNames(actor));
        choices.addTo(actor, model);
    }

    /** Who can handle a signal (coordinators and professionals), by account id. */
    private Map<String, String> colleagueNames(Actor actor) {
        Map<String, String> names = new LinkedHashMap<>();
        if (actor.may(Permission.HANDLE_SIGNALS)) {
            for (Colleague c : colleagues.listColleagues(actor)) {
                names.put(c.id().value().toString(), c.displayName());
            }
        }
        return names;
    }
}
