package nl.sleutelnet.adapters.web.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.account.Colleague;
import nl.sleutelnet.application.port.in.account.ListColleaguesUseCase;
import nl.sleutelnet.application.port.in.intervention.AddInterventionNoteUseCase;
import nl.sleutelnet.application.port.in.intervention.AddNoteCommand;
import nl.sleutelnet.application.port.in.intervention.AddParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.AddTaskCommand;
import nl.sleutelnet.application.port.in.intervention.AddTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityCommand;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementCommand;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementUseCase;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.CompleteTaskCommand;
import nl.sleutelnet.application.port.in.intervention.CompleteTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.InterventionDetails;
import nl.sleutelnet.application.port.in.intervention.InterventionQuery;
import nl.sleutelnet.application.port.in.intervention.InterventionSummary;
import nl.sleutelnet.application.port.in.intervention.ParticipantCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.PresentMember;
import nl.sleutelnet.application.port.in.intervention.RemoveDynamicCommand;
import nl.sleutelnet.application.port.in.intervention.RemoveDynamicUseCase;
import nl.sleutelnet.application.port.in.intervention.RemoveParticipantCommand;
import nl.sleutelnet.application.port.in.intervention.RemoveParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.ReopenTaskCommand;
import nl.sleutelnet.application.port.in.intervention.ReopenTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.SearchInterventionsUseCase;
import nl.sleutelnet.application.port.in.intervention.ShowInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.ShowNetworkInScopeUseCase;
import nl.sleutelnet.application.port.in.intervention.StartInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.StartInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.TagDynamicCommand;
import nl.sleutelnet.application.port.in.intervention.TagDynamicUseCase;
import nl.sleutelnet.application.port.in.intervention.WithdrawCommand;
import nl.sleutelnet.application.port.in.intervention.WithdrawUseCase;
import nl.sleutelnet.application.port.in.signal.ShowSignalUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.intervention.Capacity;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionStatus;
import nl.sleutelnet.domain.intervention.InterventionType;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.intervention.Outcome;
import nl.sleutelnet.domain.intervention.PolarisationRole;
import nl.sleutelnet.domain.intervention.ScopeDay;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Interventions for staff: the board by status and involvement, the planning form (also from an assessed signal),
 * and the intervention's page with its timeline, tasks, participants, capacity, dynamics, the scope's temperature
 * chart with the exit level, the step-back dialog and the closing evaluation. Every form posts against the version
 * shown; an error shows the page again with what was typed and the error summary above the form.
 */
@Controller
@RequestMapping("/interventies")
public class InterventiesPaginaController {

    private static final int PAGE_SIZE = 100;
    /** The confirmations the page can show after a change, by the {@code melding} parameter. */
    private static final Set<String> CONFIRMATIONS = Set.of("gepland", "deelnemer", "deelnemerWeg", "taak",
            "taakGedaan", "taakOpen", "draagkracht", "dynamiek", "dynamiekWeg", "notitie", "gestart",
            "betrokkenheid", "teruggetrokken", "afgesloten");

    private final PlanInterventionUseCase plan;
    private final SearchInterventionsUseCase search;
    private final ShowInterventionUseCase show;
    private final ShowNetworkInScopeUseCase networkInScope;
    private final AddParticipantUseCase addParticipant;
    private final RemoveParticipantUseCase removeParticipant;
    private final AddTaskUseCase addTask;
    private final CompleteTaskUseCase completeTask;
    private final ReopenTaskUseCase reopenTask;
    private final AssessCapacityUseCase assessCapacity;
    private final TagDynamicUseCase tagDynamic;
    private final RemoveDynamicUseCase removeDynamic;
    private final AddInterventionNoteUseCase addNote;
    private final StartInterventionUseCase start;
    private final ChangeInvolvementUseCase changeInvolvement;
    private final WithdrawUseCase withdraw;
    private final CloseInterventionUseCase close;
    private final ShowSignalUseCase showSignal;
    private final ListColleaguesUseCase colleagues;
    private final NetworkMembers members;
    private final Choices choices;
    private final Screening screening;
    private final TemperatureSettings temperature;
    private final MessageSource messages;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public InterventiesPaginaController(PlanInterventionUseCase plan, SearchInterventionsUseCase search,
            ShowInterventionUseCase show, ShowNetworkInScopeUseCase networkInScope,
            AddParticipantUseCase addParticipant, RemoveParticipantUseCase removeParticipant, AddTaskUseCase addTask,
            CompleteTaskUseCase completeTask, ReopenTaskUseCase reopenTask, AssessCapacityUseCase assessCapacity,
            TagDynamicUseCase tagDynamic, RemoveDynamicUseCase removeDynamic, AddInterventionNoteUseCase addNote,
            StartInterventionUseCase start, ChangeInvolvementUseCase changeInvolvement, WithdrawUseCase withdraw,
            CloseInterventionUseCase close, ShowSignalUseCase showSignal, ListColleaguesUseCase colleagues,
            NetworkMembers members, Choices choices, Screening screening, TemperatureSettings temperature,
            MessageSource messages) {
        this.plan = plan;
        this.search = search;
        this.show = show;
        this.networkInScope = networkInScope;
        this.addParticipant = addParticipant;
        this.removeParticipant = removeParticipant;
        this.addTask = addTask;
        this.completeTask = completeTask;
        this.reopenTask = reopenTask;
        this.assessCapacity = assessCapacity;
        this.tagDynamic = tagDynamic;
        this.removeDynamic = removeDynamic;
        this.addNote = addNote;
        this.start = start;
        this.changeInvolvement = changeInvolvement;
        this.withdraw = withdraw;
        this.close = close;
        this.showSignal = showSignal;
        this.colleagues = colleagues;
        this.members = members;
        this.choices = choices;
        this.screening = screening;
        this.temperature = temperature;
        this.messages = messages;
    }

    // ---- the board

    @GetMapping
    public String bord(Actor actor, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String betrokkenheid, @RequestParam(required = false) String buurt,
            @RequestParam(required = false) String thema, @RequestParam(required = false) String eigenaar,
            Model model, Locale locale) {
        actor.require(Permission.VIEW_INTERVENTIONS);
        InterventionQuery query;
        try {
            UUID owner = eigenaar == null || eigenaar.isBlank() ? null : UUID.fromString(eigenaar);
            query = new InterventionQuery(status, betrokkenheid, buurt, thema, owner, 0, PAGE_SIZE);
            model.addAttribute("fouten", FormErrors.none());
        } catch (DomainException e) {
            model.addAttribute("fouten", FormErrors.of(e, messages, locale));
            query = new InterventionQuery(null, null, null, null, null, 0, PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            model.addAttribute("fouten", FormErrors.none());
            query = new InterventionQuery(null, null, null, null, null, 0, PAGE_SIZE);
        }
        Page<InterventionSummary> page = search.searchInterventions(actor, query);
        Map<Involvement, Map<InterventionStatus, List<InterventionSummary>>> board = new EnumMap<>(Involvement.class);
        for (Involvement i : Involvement.values()) {
            Map<InterventionStatus, List<InterventionSummary>> row = new EnumMap<>(InterventionStatus.class);
            for (InterventionStatus s : InterventionStatus.values()) {
                row.put(s, new ArrayList<>());
            }
            board.put(i, row);
        }
        page.items().forEach(s -> board.get(s.involvement()).get(s.status()).add(s));
        model.addAttribute("bord", board);
        model.addAttribute("pagina", page);
        model.addAttribute("filter", Map.of("status", status, "betrokkenheid", betrokkenheid,
                "buurt", buurt == null ? "" : buurt, "thema", thema == null ? "" : thema,
                "eigenaar", eigenaar == null ? "" : eigenaar));
        model.addAttribute("statussen", InterventionStatus.values());
        model.addAttribute("niveaus", Involvement.values());
        model.addAttribute("eigenaren", colleagueNames(actor));
        choices.addTo(actor, model);
        return "interventies/bord";
    }

    // ---- planning

    @GetMapping("/nieuw")
    public String nieuw(Actor actor, @RequestParam(required = false) UUID signaal, Model model) {
        actor.require(Permission.MANAGE_INTERVENTIONS);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", "");
        form.put("goal", "");
        form.put("type", "");
        form.put("involvement", "LEAD");
        form.put("owner", actor.accountId().value().toString());
        form.put("neighbourhoods", List.of());
        form.put("themes", List.of());
        form.put("signals", List.of());
        if (signaal != null) {
            Signal signal = showSignal.showSignal(actor, signaal);
            form.put("neighbourhoods", signal.content().neighbourhoods().stream().map(b -> b.value()).toList());
            form.put("themes", signal.content().themes().stream().map(t -> t.value()).toList());
            form.put("signals", List.of(signal.id().value().toString()));
            model.addAttribute("signaal", signal);
        }
        return planForm(actor, model, form, FormErrors.none(), List.of());
    }

    @PostMapping
    public String plannen(Actor actor, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String goal, @RequestParam(defaultValue = "") String type,
            @RequestParam(required = false) List<String> neighbourhoods,
            @RequestParam(required = false) List<String> themes, @RequestParam(required = false) List<UUID> signals,
            @RequestParam(required = false) UUID owner, @RequestParam(defaultValue = "") String involvement,
            Model model, Locale locale) {
        try {
            Intervention planned = plan.planIntervention(actor, new PlanInterventionCommand(title, goal, type,
                    neighbourhoods, themes, signals, owner, involvement));
            return "redirect:/interventies/" + planned.id() + "?melding=gepland";
        } catch (DomainException e) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("title", title);
            form.put("goal", goal);
            form.put("type", type);
            form.put("involvement", involvement);
            form.put("owner", owner == null ? "" : owner.toString());
            form.put("neighbourhoods", neighbourhoods == null ? List.of() : neighbourhoods);
            form.put("themes", themes == null ? List.of() : themes);
            form.put("signals", signals == null ? List.of() : signals.stream().map(UUID::toString).toList());
            if (signals != null && signals.size() == 1) {
                model.addAttribute("signaal", showSignal.showSignal(actor, signals.get(0)));
            }
            List<String> found = new ArrayList<>(screening.findings(title, locale));
            found.addAll(screening.findings(goal, locale));
            return planForm(actor, model, form, FormErrors.of(e, messages, locale), found);
        }
    }

    private String planForm(Actor actor, Model model, Map<String, Object> form, FormErrors errors,
            List<String> found) {
        model.addAttribute("form", form);
        model.addAttribute("fouten", errors);
        model.addAttribute("gevonden", found);
        model.addAttribute("soorten", InterventionType.values());
        model.addAttribute("startniveaus", List.of(Involvement.LEAD, Involvement.CONTRIBUTE, Involvement.MONITOR));
        model.addAttribute("eigenaren", colleagueNames(actor));
        choices.addTo(actor, model);
        return "interventies/formulier";
    }

    // ---- the intervention's page

    @GetMapping("/{id}")
    public String interventie(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String melding,
            Model model) {
        if (melding != null && CONFIRMATIONS.contains(melding)) {
            model.addAttribute("melding", melding);
        }
        return page(actor, model, id, null, FormErrors.none(), Map.of());
    }

    @PostMapping("/{id}/deelnemers")
    public String deelnemer(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "") String part, @RequestParam long version, Model model, Locale locale) {
        return act(actor, model, locale, id, "deelnemer", Map.of("member", member, "part", part), () -> {
            String[] ref = member.split(":", 2);
            if (ref.length != 2) {
                throw InvalidCommandException.of("memberId", "intervention.member.missing",
                        "Choose the key person or partner who takes part.");
            }
            return addParticipant.addParticipant(actor, new ParticipantCommand(id, ref[0], UUID.fromString(ref[1]),
                    part, version));
        });
    }

    @PostMapping("/{id}/deelnemers/weg")
    public String deelnemerWeg(Actor actor, @PathVariable UUID id, @RequestParam String member,
            @RequestParam long version, Model model, Locale locale) {
        return act(actor, model, locale, id, "deelnemerWeg", Map.of(), () -> {
            String[] ref = member.split(":", 2);
            return removeParticipant.removeParticipant(actor, new RemoveParticipantCommand(id, ref[0],
                    UUID.fromString(ref[1]), null, version));
        });
    }

    @PostMapping("/{id}/taken")
    public String taak(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) UUID assignee, @RequestParam(defaultValue = "") String due,
            @RequestParam long version, Model model, Locale locale) {
        UnreadableInput input = new UnreadableInput();
        LocalDate dueDay = input.day("due", due);
        return act(actor, model, locale, id, "taak", Map.of("description", description, "assignee",
                assignee == null ? "" : assignee.toString(), "due", due), () -> addTask.addTask(actor,
                input.command(() -> new AddTaskCommand(id, description, assignee, dueDay, version))));
    }

    @PostMapping("/{id}/taken/{task}/gedaan")
    public String taakGedaan(Actor actor, @PathVariable UUID id, @PathVariable UUID task,
            @RequestParam long version, Model model, Locale locale) {
        return act(actor, model, locale, id, "taakGedaan", Map.of(), () -> completeTask.completeTask(actor,
                new CompleteTaskCommand(id, task, null, version)));
    }

    @PostMapping("/{id}/taken/{task}/heropenen")
    public String taakOpen(Actor actor, @PathVariable UUID id, @PathVariable UUID task,
            @RequestParam(defaultValue = "") String reason, @RequestParam long version, Model model,
            Locale locale) {
        return act(actor, model, locale, id, "taakOpen", Map.of("reason", reason), () -> reopenTask.reopenTask(actor,
                new ReopenTaskCommand(id, task, reason, version)));
    }

    @PostMapping("/{id}/draagkracht")
    public String draagkracht(Actor actor, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String initiatives, @RequestParam(defaultValue = "") String capacity,
            @RequestParam(defaultValue = "") String judgement, @RequestParam long version, Model model,
            Locale locale) {
        return act(actor, model, locale, id, "draagkracht", Map.of("initiatives", initiatives, "capacity", capacity,
                "judgement", judgement), () -> assessCapacity.assessCapacity(actor, new AssessCapacityCommand(id,
                Arrays.asList(initiatives.split("\\R")), capacity, judgement, version)));
    }

    @PostMapping("/{id}/dynamiek")
    public String dynamiek(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String dynamic, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, @RequestParam long version, Model model, Locale locale) {
        UnreadableInput input = new UnreadableInput();
        LocalDate fromDay = input.day("from", from);
        LocalDate toDay = input.day("to", to);
        return act(actor, model, locale, id, "dynamiek", Map.of("role", role, "dynamic", dynamic, "from", from,
                "to", to), () -> tagDynamic.tagDynamic(actor, input.command(() -> new TagDynamicCommand(id, role,
                dynamic, fromDay, toDay, version))));
    }

    @PostMapping("/{id}/dynamiek/{tag}/weg")
    public String dynamiekWeg(Actor actor, @PathVariable UUID id, @PathVariable UUID tag,
            @RequestParam long version, Model model, Locale locale) {
        return act(actor, model, locale, id, "dynamiekWeg", Map.of(), () -> removeDynamic.removeDynamic(actor,
                new RemoveDynamicCommand(id, tag, null, version)));
    }

    @PostMapping("/{id}/notities")
    public String notitie(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String note,
            @RequestParam long version, Model model, Locale locale) {
        return act(actor, model, locale, id, "notitie", Map.of("note", note), () -> addNote.addNote(actor,
                new AddNoteCommand(id, note, version)));
    }

    @PostMapping("/{id}/start")
    public String starten(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String exitLevel,
            @RequestParam(defaultValue = "") String exitDays, @RequestParam long version, Model model,
            Locale locale) {
        return act(actor, model, locale, id, "gestart", Map.of("exitLevel", exitLevel, "exitDays", exitDays),
                () -> start.startIntervention(actor, new StartInterventionCommand(id, exitLevel, days(exitDays),
                        version)));
    }

    @PostMapping("/{id}/betrokkenheid")
    public String betrokkenheid(Actor actor, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String involvement, @RequestParam(defaultValue = "") String reason,
            @RequestParam long version, Model model, Locale locale) {
        return act(actor, model, locale, id, "betrokkenheid", Map.of("involvement", involvement, "reason", reason),
                () -> changeInvolvement.changeInvolvement(actor, new ChangeInvolvementCommand(id, involvement, reason,
                        version)));
    }

    @PostMapping("/{id}/terugtrekken")
    public String terugtrekken(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String justification, @RequestParam long version, Model model,
            Locale locale) {
        return act(actor, model, locale, id, "teruggetrokken", Map.of("reason", reason, "justification",
                justification), () -> withdraw.withdraw(actor, new WithdrawCommand(id, reason, justification,
                version)));
    }

    @PostMapping("/{id}/afsluiten")
    public String afsluiten(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String lessons, @RequestParam(defaultValue = "") String followUp,
            @RequestParam long version, Model model, Locale locale) {
        return act(actor, model, locale, id, "afgesloten", Map.of("outcome", outcome, "lessons", lessons,
                "followUp", followUp), () -> close.closeIntervention(actor, new CloseInterventionCommand(id,
                outcome, lessons, followUp, version)));
    }

    /** Runs one form's command; on success back to the page with a confirmation, else the page with the errors. */
    private String act(Actor actor, Model model, Locale locale, UUID id, String form, Map<String, String> typed,
            Supplier<Intervention> command) {
        try {
            command.get();
            return "redirect:/interventies/" + id + "?melding=" + form;
        } catch (DomainException e) {
            List<String> found = new ArrayList<>();
            typed.forEach((field, text) -> found.addAll(screening.findings(text, locale)));
            model.addAttribute("gevonden", found);
            return page(actor, model, id, form, FormErrors.of(e, messages, locale), typed);
        }
    }

    private String page(Actor actor, Model model, UUID id, String form, FormErrors errors,
            Map<String, String> typed) {
        InterventionDetails details = show.showIntervention(actor, id);
        Intervention intervention = details.intervention();
        model.addAttribute("d", details);
        model.addAttribute("i", intervention);
        model.addAttribute("formulier", form);
        model.addAttribute("fouten", errors);
        model.addAttribute("invoer", typed);
        if (!model.containsAttribute("gevonden")) {
            model.addAttribute("gevonden", List.of());
        }
        Map<String, String> accountNames = new LinkedHashMap<>();
        details.accountNames().forEach((k, v) -> accountNames.put(k.toString(), v));
        model.addAttribute("namen", accountNames);
        Map<String, String> memberNames = new LinkedHashMap<>();
        details.memberNames().forEach((k, v) -> memberNames.put(k.toString(), v));
        model.addAttribute("leden", memberNames);
        model.addAttribute("achterstallig", details.overdueTasks().stream().map(t -> t.id().value().toString())
                .toList());
        model.addAttribute("grenzen", temperature);
        model.addAttribute("exitGrens", details.exitCriteria().map(c -> upperBound(c.exitLevel())).orElse(null));
        model.addAttribute("startdag", startDay(details));
        boolean manage = actor.may(Permission.MANAGE_INTERVENTIONS);
        if (manage && intervention.status() != InterventionStatus.CLOSED) {
            List<PresentMember> present = networkInScope.networkInScope(actor, id);
            model.addAttribute("aanwezig", present);
            Map<String, String> choicesOfMembers = new LinkedHashMap<>();
            members.names(actor).forEach((ref, name) -> {
                if (intervention.participant(ref).isEmpty()) {
                    choicesOfMembers.put(ref.kind() + ":" + ref.id(), name);
                }
            });
            model.addAttribute("kandidaten", choicesOfMembers);
        } else {
            model.addAttribute("aanwezig", List.of());
            model.addAttribute("kandidaten", Map.of());
        }
        model.addAttribute("behandelaars", colleagueNames(actor));
        model.addAttribute("rollen", PolarisationRole.values());
        model.addAttribute("draagkrachten", Capacity.values());
        model.addAttribute("uitkomsten", Outcome.values());
        model.addAttribute("exitniveaus", List.of(Level.CALM, Level.TENSE, Level.HEATED));
        model.addAttribute("stapniveaus", Arrays.stream(Involvement.values())
                .filter(l -> l != Involvement.WITHDRAWN && l != intervention.involvement()).toList());
        choices.addTo(actor, model);
        return "interventies/interventie";
    }

    /** The temperature of the day the intervention started, from the chart's series; null before the start. */
    private static ScopeDay startDay(InterventionDetails details) {
        return details.intervention().startedAt().flatMap(at -> {
            LocalDate day = at.atZone(UiModel.AMSTERDAM).toLocalDate();
            return details.temperatures().days().stream().filter(d -> d.day().equals(day)).findFirst();
        }).orElse(null);
    }

    /** The score from which a level is above the exit level: the line the chart draws. */
    private double upperBound(Level exit) {
        return switch (exit) {
            case CALM -> temperature.tenseFrom();
            case TENSE -> temperature.heatedFrom();
            case HEATED, ESCALATING -> temperature.escalatingFrom();
        };
    }

    private static Integer days(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Who can own an intervention or do a task (coordinators and professionals), by account id. */
    private Map<String, String> colleagueNames(Actor actor) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Colleague c : colleagues.listColleagues(actor)) {
            names.put(c.id().value().toString(), c.displayName());
        }
        return names;
    }
}
