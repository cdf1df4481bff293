package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.intervention.AddInterventionNoteUseCase;
import nl.sleutelnet.application.port.in.intervention.AddNoteCommand;
import nl.sleutelnet.application.port.in.intervention.AddParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.AddTaskCommand;
import nl.sleutelnet.application.port.in.intervention.AddTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityCommand;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeInterventionScopeUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementCommand;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeScopeCommand;
import nl.sleutelnet.application.port.in.intervention.ChangeTaskCommand;
import nl.sleutelnet.application.port.in.intervention.ChangeTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.CompleteTaskCommand;
import nl.sleutelnet.application.port.in.intervention.CompleteTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.DescribeInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.DescribeInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.HandOverCommand;
import nl.sleutelnet.application.port.in.intervention.HandOverInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.InterventionDetails;
import nl.sleutelnet.application.port.in.intervention.InterventionQuery;
import nl.sleutelnet.application.port.in.intervention.InterventionSummary;
import nl.sleutelnet.application.port.in.intervention.LinkSignalCommand;
import nl.sleutelnet.application.port.in.intervention.LinkSignalUseCase;
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
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.InterventionRepository;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.application.port.out.PartnerRepository;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.CapacityAssessment;
import nl.sleutelnet.domain.intervention.DynamicTagId;
import nl.sleutelnet.domain.intervention.Evaluation;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionId;
import nl.sleutelnet.domain.intervention.InterventionStatus;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.intervention.InvolvementStep;
import nl.sleutelnet.domain.intervention.Scope;
import nl.sleutelnet.domain.intervention.ScopeSeries;
import nl.sleutelnet.domain.intervention.Task;
import nl.sleutelnet.domain.intervention.TaskId;
import nl.sleutelnet.domain.intervention.TimelineEntry;
import nl.sleutelnet.domain.intervention.WithdrawalDecision;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerId;
import nl.sleutelnet.domain.network.ProcessingPurpose;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalId;

/**
 * Interventions in use: planning from signals, the work (participants, tasks, capacity, dynamics, notes), the
 * involvement ladder with withdrawal guarded by the scope's <em>computed</em> temperature, and closing with an
 * evaluation whose temperatures are computed too. Every change runs against the version the user saw.
 *
 * <p>Who may do what: {@link Permission#MANAGE_INTERVENTIONS} (coordinator) directs; {@link
 * Permission#WORK_ON_INTERVENTIONS} (coordinator, professional) does the daily work (tasks, notes, linking a signal);
 * {@link Permission#VIEW_INTERVENTIONS} (coordinator, professional) reads. A professional sees only the interventions
 * whose scope touches their buurten, that they own, or with a task assigned to them; any other is answered as
 * unknown. Signals are linked through {@link SignalLinks}, the one place that keeps both sides in step.
 */
public final class InterventionService implements PlanInterventionUseCase, DescribeInterventionUseCase,
        ChangeInterventionScopeUseCase, HandOverInterventionUseCase, LinkSignalUseCase, AddParticipantUseCase,
        ChangeParticipantUseCase, RemoveParticipantUseCase, AddTaskUseCase, ChangeTaskUseCase, CompleteTaskUseCase,
        ReopenTaskUseCase, AssessCapacityUseCase, ShowNetworkInScopeUseCase, TagDynamicUseCase, RemoveDynamicUseCase,
        AddInterventionNoteUseCase, StartInterventionUseCase, ChangeInvolvementUseCase, WithdrawUseCase,
        CloseInterventionUseCase, SearchInterventionsUseCase, ShowInterventionUseCase {

    /** The chart reaches at most this many days back from its last day. */
    static final int MAX_CHART_DAYS = 400;

    private final InterventionRepository interventions;
    private final SignalRepository signals;
    private final AccountRepository accounts;
    private final KeyPersonRepository keyPersons;
    private final PartnerRepository partners;
    private final NetworkReferences references;
    private final ScopeTemperatures temperatures;
    private final SignalLinks links;
    private final IdGenerator ids;
    private final Clock clock;

    public InterventionService(InterventionRepository interventions, SignalRepository signals,
            AccountRepository accounts, KeyPersonRepository keyPersons, PartnerRepository partners,
            NetworkReferences references, ScopeTemperatures temperatures, SignalLinks links, IdGenerator ids,
            Clock clock) {
        this.interventions = checkNotNull(interventions, "interventions");
        this.signals = checkNotNull(signals, "signals");
        this.accounts = checkNotNull(accounts, "accounts");
        this.keyPersons = checkNotNull(keyPersons, "keyPersons");
        this.partners = checkNotNull(partners, "partners");
        this.references = checkNotNull(references, "references");
        this.temperatures = checkNotNull(temperatures, "temperatures");
        this.links = checkNotNull(links, "links");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
    }

    // ---- what it is about

    @Override
    public Intervention planIntervention(Actor actor, PlanInterventionCommand command) {
        actor.require(Permission.MANAGE_INTERVENTIONS);
        Instant now = clock.instant();
        Scope scope = command.scope();
        List<FieldViolation> problems = new ArrayList<>(references.checkNeighbourhoods(scope.buurten()));
        problems.addAll(references.checkThemes(scope.themes()));
        AccountId owner = command.owner() == null ? actor.accountId() : new AccountId(command.owner());
        checkStaff(owner, "owner", problems);
        List<Signal> taken = new ArrayList<>();
        int index = 0;
        for (SignalId id : command.signalIds()) {
            String field = "signals[" + index++ + "]";
            Optional<Signal> signal = signals.findById(id);
            if (signal.isEmpty()) {
                problems.add(new FieldViolation(field, "signal.not-found", "There is no signal " + id + "."));
                continue;
            }
            links.refusal(signal.get(), scope, null).ifPresentOrElse(
                    e -> problems.add(new FieldViolation(field, e.code(), e.getMessage())),
                    () -> taken.add(signal.get()));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldViolation::field));
            throw new InvalidCommandException(problems);
        }
        Intervention saved = interventions.save(Intervention.plan(new InterventionId(ids.newId()),
                command.description(), scope, command.signalIds(), owner, command.startingInvolvement(), now,
                actor.accountId()));
        links.actedOn(taken, saved.id(), now, actor);
        return saved;
    }

    @Override
    public Intervention describeIntervention(Actor actor, DescribeInterventionCommand command) {
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.describe(command.description(), now, actor.accountId()));
    }

    @Override
    public Intervention changeScope(Actor actor, ChangeScopeCommand command) {
        actor.require(Permission.MANAGE_INTERVENTIONS);
        Scope scope = command.scope();
        List<FieldViolation> problems = new ArrayList<>(references.checkNeighbourhoods(scope.buurten()));
        problems.addAll(references.checkThemes(scope.themes()));
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.changeScope(scope, now, actor.accountId()));
    }

    @Override
    public Intervention handOver(Actor actor, HandOverCommand command) {
        actor.require(Permission.MANAGE_INTERVENTIONS);
        AccountId owner = new AccountId(command.owner());
        requireStaff(owner, "owner");
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.handOver(owner, now, actor.accountId()));
    }

    @Override
    public Intervention linkSignal(Actor actor, LinkSignalCommand command) {
        actor.require(Permission.WORK_ON_INTERVENTIONS);
        Intervention current = current(actor, command.interventionId(), command.expectedVersion());
        Signal signal = signals.findById(new SignalId(command.signalId()))
                .filter(s -> InterventionAccess.sees(actor, s))
                .orElseThrow(() -> InvalidCommandException.of("signalId", "signal.not-found",
                        "There is no signal " + command.signalId() + " (or it is outside your buurten)."));
        links.refusal(signal, current.scope(), current.id()).ifPresent(e -> {
            throw e;
        });
        Instant now = clock.instant();
        Intervention saved = interventions.save(current.linkSignal(signal.id(), now, actor.accountId()));
        links.actedOn(List.of(signal), saved.id(), now, actor);
        return saved;
    }

    // ---- participants

    @Override
    public Intervention addParticipant(Actor actor, ParticipantCommand command) {
        actor.require(Permission.MANAGE_INTERVENTIONS);
        requireMayTakePart(command.member());
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.addParticipant(command.participant(), now, actor.accountId()));
    }

    @Override
    public Intervention changeParticipant(Actor actor, ParticipantCommand command) {
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.changeParticipant(command.participant(), now, actor.accountId()));
    }

    @Override
    public Intervention removeParticipant(Actor actor, RemoveParticipantCommand command) {
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.removeParticipant(command.member(), command.reason(), now, actor.accountId()));
    }

    // ---- tasks

    @Override
    public Intervention addTask(Actor actor, AddTaskCommand command) {
        actor.require(Permission.WORK_ON_INTERVENTIONS);
        AccountId assignee = new AccountId(command.assignee());
        requireStaff(assignee, "assignee");
        return change(actor, Permission.WORK_ON_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.addTask(new TaskId(ids.newId()), command.description(), assignee, command.due(), now,
                        actor.accountId()));
    }

    @Override
    public Intervention changeTask(Actor actor, ChangeTaskCommand command) {
        actor.require(Permission.WORK_ON_INTERVENTIONS);
        AccountId assignee = new AccountId(command.assignee());
        requireStaff(assignee, "assignee");
        return change(actor, Permission.WORK_ON_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.changeTask(command.task(), command.description(), assignee, command.due(), now,
                        actor.accountId()));
    }

    @Override
    public Intervention completeTask(Actor actor, CompleteTaskCommand command) {
        return change(actor, Permission.WORK_ON_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.completeTask(command.task(), command.note(), now, actor.accountId()));
    }

    @Override
    public Intervention reopenTask(Actor actor, ReopenTaskCommand command) {
        return change(actor, Permission.WORK_ON_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.reopenTask(command.task(), command.reason(), now, actor.accountId()));
    }

    // ---- capacity, dynamics, notes

    @Override
    public Intervention assessCapacity(Actor actor, AssessCapacityCommand command) {
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> {
                    Set<MemberRef> present = present(i.scope()).stream().map(PresentMember::member)
                            .collect(Collectors.toCollection(LinkedHashSet::new));
                    return i.assessCapacity(new CapacityAssessment(command.initiatives(), present, now,
                            command.parsedCapacity(), command.judgement()), now, actor.accountId());
                });
    }

    @Override
    public List<PresentMember> networkInScope(Actor actor, UUID interventionId) {
        actor.require(Permission.MANAGE_INTERVENTIONS);
        return present(visible(actor, interventionId).scope());
    }

    @Override
    public Intervention tagDynamic(Actor actor, TagDynamicCommand command) {
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.tagDynamic(command.tag(new DynamicTagId(ids.newId())), now, actor.accountId()));
    }

    @Override
    public Intervention removeDynamic(Actor actor, RemoveDynamicCommand command) {
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.removeDynamic(command.tag(), command.reason(), now, actor.accountId()));
    }

    @Override
    public Intervention addNote(Actor actor, AddNoteCommand command) {
        return change(actor, Permission.WORK_ON_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.addNote(command.note(), now, actor.accountId()));
    }

    // ---- status and involvement

    @Override
    public Intervention startIntervention(Actor actor, StartInterventionCommand command) {
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.start(command.criteria(), now, actor.accountId()));
    }

    @Override
    public Intervention changeInvolvement(Actor actor, ChangeInvolvementCommand command) {
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> i.changeInvolvement(command.target(), command.reason(), now, actor.accountId()));
    }

    @Override
    public Intervention withdraw(Actor actor, WithdrawCommand command) {
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> {
                    requireRunning(i, "step back from");
                    return i.withdraw(series(i, now), command.reason(), command.justification(), now,
                            actor.accountId());
                });
    }

    @Override
    public Intervention closeIntervention(Actor actor, CloseInterventionCommand command) {
        return change(actor, Permission.MANAGE_INTERVENTIONS, command.interventionId(), command.expectedVersion(),
                (i, now) -> {
                    requireRunning(i, "close");
                    Evaluation evaluation = new Evaluation(command.parsedOutcome(), command.lessons(),
                            command.followUp(), temperatures.at(i.scope(), i.startedAt().orElseThrow()),
                            temperatures.at(i.scope(), now));
                    return i.close(evaluation, now, actor.accountId());
                });
    }

    // ---- reading

    @Override
    public Page<InterventionSummary> searchInterventions(Actor actor, InterventionQuery query) {
        actor.require(Permission.VIEW_INTERVENTIONS);
        Page<Intervention> page = interventions.search(new InterventionRepository.Search(query.statuses(),
                query.involvementLevel().orElse(null), query.neighbourhoodCode().orElse(null),
                query.themeCode().orElse(null), query.owner() == null ? null : new AccountId(query.owner()),
                InterventionAccess.limitOf(actor), query.pageRequest()));
        LocalDate today = temperatures.day(clock.instant());
        Map<AccountId, String> names = new HashMap<>();
        return page.map(i -> new InterventionSummary(i.id(), i.title(), i.type(), i.status(), i.involvement(),
                i.scope(), i.owner(), names.computeIfAbsent(i.owner(), this::accountName), i.signals().size(),
                i.openTasks().size(), i.overdueTasks(today).size(), i.plannedAt(),
                i.timeline().get(i.timeline().size() - 1).at(), i.version()));
    }

    @Override
    public InterventionDetails showIntervention(Actor actor, UUID interventionId) {
        actor.require(Permission.VIEW_INTERVENTIONS);
        Intervention intervention = visible(actor, interventionId);
        Instant now = clock.instant();
        LocalDate today = temperatures.day(now);
        ScopeSeries series = series(intervention, now);
        WithdrawalDecision decision = intervention.status() == InterventionStatus.ACTIVE
                && intervention.involvement() != Involvement.WITHDRAWN
                        ? intervention.withdrawalDecision(series) : null;
        return new InterventionDetails(intervention, today, intervention.overdueTasks(today), series, decision,
                accountNames(intervention), memberNames(intervention));
    }

    // ---- helpers

    /** A command on one intervention: permission, visibility, version, then the domain and the save. */
    private Intervention change(Actor actor, Permission permission, UUID id, long expectedVersion,
            java.util.function.BiFunction<Intervention, Instant, Intervention> command) {
        actor.require(permission);
        Intervention current = current(actor, id, expectedVersion);
        return interventions.save(command.apply(current, clock.instant()));
    }

    private Intervention current(Actor actor, UUID id, long expectedVersion) {
        Intervention current = visible(actor, id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("Intervention", current.id(), expectedVersion, current.version());
        }
        return current;
    }

    private Intervention visible(Actor actor, UUID id) {
        InterventionId interventionId = new InterventionId(checkNotNull(id, "id"));
        return interventions.findById(interventionId).filter(i -> InterventionAccess.sees(actor, i))
                .orElseThrow(() -> DomainException.notFound("intervention.not-found",
                        "There is no intervention %s (or you cannot see it).", interventionId));
    }

    /** Withdrawal and closing need a running intervention; said before any temperature is computed. */
    private static void requireRunning(Intervention intervention, String what) {
        if (intervention.status() == InterventionStatus.CLOSED) {
            throw DomainException.conflict("intervention.closed", "This intervention is closed; you cannot %s it.",
                    what);
        }
        if (intervention.status() != InterventionStatus.ACTIVE) {
            throw DomainException.conflict("intervention.status", "This intervention is %s; you can only %s an "
                    + "ACTIVE intervention. The exit criteria are agreed when it starts; start it first.",
                    intervention.status(), what);
        }
    }

    /**
     * The scope's daily temperatures for the chart and the withdrawal decision: from {@value
     * InterventionDetails#CHART_DAYS_BEFORE} days before the start (or the planning) up to today (or the day it
     * closed), and at least the exit period while it runs; never more than {@value #MAX_CHART_DAYS} days.
     */
    private ScopeSeries series(Intervention intervention, Instant now) {
        LocalDate lastDay = temperatures.day(intervention.closedAt().orElse(now));
        LocalDate from = temperatures.day(intervention.startedAt().orElse(intervention.plannedAt()))
                .minusDays(InterventionDetails.CHART_DAYS_BEFORE);
        if (from.isBefore(lastDay.minusDays(MAX_CHART_DAYS))) {
            from = lastDay.minusDays(MAX_CHART_DAYS);
        }
        if (intervention.status() == InterventionStatus.ACTIVE) {
            LocalDate periodStart = intervention.exitCriteria().orElseThrow().periodStart(lastDay);
            from = periodStart.isBefore(from) ? periodStart : from;
        }
        return temperatures.dailySeries(intervention.scope(), from.isAfter(lastDay) ? lastDay : from, lastDay);
    }

    /** Active key persons with a buurt in the scope and active partners serving one, as the network is now. */
    private List<PresentMember> present(Scope scope) {
        List<PresentMember> present = new ArrayList<>();
        int number = 0;
        Page<KeyPerson> page;
        do {
            page = keyPersons.search(new KeyPersonRepository.Search(null, null, KeyPersonStatus.ACTIVE, null,
                    scope.buurten(), new PageRequest(number++, PageRequest.MAX_SIZE)));
            for (KeyPerson k : page.items()) {
                Set<NeighbourhoodCode> here = inScope(k.profile().neighbourhoods(), scope);
                if (k.status() == KeyPersonStatus.ACTIVE && !here.isEmpty()) {
                    present.add(new PresentMember(k.asMember(), k.displayName(), here));
                }
            }
        } while (page.hasNext());
        present.sort(Comparator.comparing(PresentMember::name).thenComparing(PresentMember::member));
        List<PresentMember> serving = new ArrayList<>();
        for (Partner p : partners.findAll()) {
            Set<NeighbourhoodCode> here = inScope(p.neighbourhoods(), scope);
            if (p.active() && !here.isEmpty()) {
                serving.add(new PresentMember(p.asMember(), p.name(), here));
            }
        }
        serving.sort(Comparator.comparing(PresentMember::name).thenComparing(PresentMember::member));
        present.addAll(serving);
        return present;
    }

    private static Set<NeighbourhoodCode> inScope(Set<NeighbourhoodCode> buurten, Scope scope) {
        return buurten.stream().filter(scope.buurten()::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * A participant is in the network: an active partner, or an active key person whose legal basis names taking part
     * in interventions (they know they are registered, and for what).
     */
    private void requireMayTakePart(MemberRef member) {
        if (member.kind() == MemberKind.PARTNER) {
            Partner partner = partners.findById(new PartnerId(member.id())).orElseThrow(() -> memberNotFound(member));
            if (!partner.active()) {
                throw InvalidCommandException.of("memberId", "intervention.participant.inactive",
                        "The partner " + partner.name() + " is no longer active in the network.");
            }
            return;
        }
        KeyPerson keyPerson = keyPersons.findById(new KeyPersonId(member.id()))
                .orElseThrow(() -> memberNotFound(member));
        boolean basis = keyPerson.legalBasis().filter(b -> b.isValid()
                && b.purposes().contains(ProcessingPurpose.INTERVENTIONS)).isPresent();
        if (keyPerson.status() != KeyPersonStatus.ACTIVE || !basis) {
            throw InvalidCommandException.of("memberId", "intervention.participant.no-basis", "A key person takes "
                    + "part when they are active and their legal basis names taking part in interventions; "
                    + keyPerson.displayName() + " is " + keyPerson.status() + (basis ? "." : " and has no such basis."));
        }
    }

    private static InvalidCommandException memberNotFound(MemberRef member) {
        return InvalidCommandException.of("memberId", "member.not-found", member + " is not in the network.");
    }

    private void requireStaff(AccountId account, String field) {
        List<FieldViolation> problems = new ArrayList<>();
        checkStaff(account, field, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }

    /** Owners and assignees are enabled coordinators or professionals. */
    private void checkStaff(AccountId account, String field, List<FieldViolation> problems) {
        Optional<Account> found = accounts.findById(account);
        if (found.isEmpty() || !found.get().enabled() || !(found.get().roles().contains(Role.COORDINATOR)
                || found.get().roles().contains(Role.PROFESSIONAL))) {
            problems.add(new FieldViolation(field, "intervention.account.invalid",
                    "An intervention's owner and the assignee of a task are enabled coordinators or professionals; "
                            + account + " is not one."));
        }
    }

    private String accountName(AccountId id) {
        return accounts.findById(id).map(Account::displayName).orElse(id.toString());
    }

    private Map<UUID, String> accountNames(Intervention i) {
        Set<AccountId> named = new LinkedHashSet<>();
        named.add(i.owner());
        i.tasks().forEach(t -> {
            named.add(t.assignee());
            t.completedBy().ifPresent(named::add);
        });
        i.timeline().stream().map(TimelineEntry::actor).forEach(named::add);
        i.involvementSteps().stream().map(InvolvementStep::actor).forEach(named::add);
        Map<UUID, String> names = new HashMap<>();
        named.forEach(id -> names.put(id.value(), accountName(id)));
        return names;
    }

    private Map<MemberRef, String> memberNames(Intervention i) {
        Set<MemberRef> named = new LinkedHashSet<>();
        i.participants().forEach(p -> named.add(p.member()));
        i.capacityAssessment().ifPresent(c -> named.addAll(c.presentInScope()));
        Map<MemberRef, String> names = new HashMap<>();
        for (MemberRef m : named) {
            Optional<String> name = m.kind() == MemberKind.KEY_PERSON
                    ? keyPersons.findById(new KeyPersonId(m.id())).map(KeyPerson::displayName)
                    : partners.findById(new PartnerId(m.id())).map(Partner::name);
            name.ifPresent(n -> names.put(m, n));
        }
        return names;
    }
}
