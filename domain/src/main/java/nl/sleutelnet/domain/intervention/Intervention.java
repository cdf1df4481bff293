package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterables;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.HashMap;
import java.util.Map;
import nl.sleutelnet.domain.privacy.Erased;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.intervention.TimelineEntry.Kind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.signal.SignalId;

/**
 * An interventie: a tailor-made response to tension in a scope of buurten and themes, with a goal, the signals that
 * led to it, participants from the network, an owner, tasks, a capacity assessment, tagged dynamics, the
 * municipality's involvement and a timeline of everything that happened.
 *
 * <p>Status {@code PLANNED → ACTIVE → CLOSED}: starting needs a {@link CapacityAssessment} and {@link ExitCriteria};
 * closing needs an {@link Evaluation}; nothing changes after closing. The involvement moves along the ladder of
 * {@link Involvement}; stepping back to WITHDRAWN is guarded by {@link WithdrawalRule}. Every command returns a new
 * intervention with exactly one new {@link TimelineEntry}; a refused command changes nothing. The version is the
 * stored version this object was read as: commands keep it, the repository stores the next one.
 */
public final class Intervention {

    public static final int MAX_TITLE = 120;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_SIGNALS = 500;
    public static final int MAX_PARTICIPANTS = 100;
    public static final int MAX_TASKS = 200;
    public static final int MAX_DYNAMICS = 50;
    /** The reason of the first involvement step, recorded when the intervention is planned. */
    public static final String PLANNED_REASON = "Gepland";

    /** What staff write about the intervention and can change while it runs. */
    public record Description(String title, String goal, InterventionType type) {

        public Description {
            title = InterventionText.required(title, MAX_TITLE, "The title");
            goal = InterventionText.required(goal, InterventionText.MAX_LENGTH, "The goal");
            checkNotNull(type, "type");
        }
    }

    private final InterventionId id;
    private final Description description;
    private final Scope scope;
    private final Set<SignalId> signals;
    private final AccountId owner;
    private final List<Participant> participants;
    private final List<Task> tasks;
    private final CapacityAssessment capacity;
    private final List<DynamicTag> dynamics;
    private final ExitCriteria exitCriteria;
    private final List<InvolvementStep> involvement;
    private final InterventionStatus status;
    private final Evaluation evaluation;
    private final List<TimelineEntry> timeline;
    private final long version;

    private Intervention(InterventionId id, Description description, Scope scope, Set<SignalId> signals,
            AccountId owner, List<Participant> participants, List<Task> tasks, CapacityAssessment capacity,
            List<DynamicTag> dynamics, ExitCriteria exitCriteria, List<InvolvementStep> involvement,
            InterventionStatus status, Evaluation evaluation, List<TimelineEntry> timeline, long version) {
        this.id = checkNotNull(id, "id");
        this.description = checkNotNull(description, "description");
        this.scope = checkNotNull(scope, "scope");
        this.signals = ImmutableSortedSet.copyOf(Comparator.comparing(SignalId::value),
                checkNotNull(signals, "signals"));
        this.owner = checkNotNull(owner, "owner");
        this.participants = ImmutableList.copyOf(participants);
        this.tasks = ImmutableList.copyOf(tasks);
        this.capacity = capacity;
        this.dynamics = ImmutableList.copyOf(dynamics);
        this.exitCriteria = exitCriteria;
        this.involvement = ImmutableList.copyOf(involvement);
        this.status = checkNotNull(status, "status");
        this.evaluation = evaluation;
        this.timeline = ImmutableList.copyOf(timeline);
        Invariants.require(version >= 0, "intervention.version.invalid", "A version cannot be negative.");
        this.version = version;
        checkParts();
        checkTimeline();
        checkStatus();
        checkLadder();
    }

    /**
     * A new, planned intervention. The municipality's involvement starts at {@code involvement} (LEAD, CONTRIBUTE or
     * MONITOR); the signals may be none (a preventive intervention) and may grow later.
     */
    public static Intervention plan(InterventionId id, Description description, Scope scope, Set<SignalId> signals,
            AccountId owner, Involvement involvement, Instant at, AccountId actor) {
        checkNotNull(involvement, "involvement");
        Invariants.require(involvement != Involvement.WITHDRAWN, "intervention.involvement.start",
                "An intervention starts with the municipality involved: LEAD, CONTRIBUTE or MONITOR.");
        return new Intervention(id, description, scope, signals, owner, List.of(), List.of(), null, List.of(), null,
                List.of(new InvolvementStep(null, involvement, at, PLANNED_REASON, actor, null, "")),
                InterventionStatus.PLANNED, null, List.of(new TimelineEntry(Kind.PLANNED, at, actor, "", null)), 0);
    }

    /** Rebuilds a stored intervention; the same rules apply as for a new one. */
    public static Intervention reconstitute(Snapshot s) {
        return new Intervention(s.id(), s.description(), s.scope(), s.signals(), s.owner(), s.participants(),
                s.tasks(), s.capacity(), s.dynamics(), s.exitCriteria(), s.involvement(), s.status(), s.evaluation(),
                s.timeline(), s.version());
    }

    // ---- forgetting (GDPR article 17, retention)

    /** Whether this member takes part, was present in the capacity assessment, or is the subject of an entry. */
    public boolean involves(MemberRef member) {
        return participant(member).isPresent()
                || (capacity != null && capacity.presentInScope().contains(member))
                || timeline.stream().anyMatch(e -> member.id().equals(e.subject()));
    }

    /**
     * Removes one member's link (the key person was erased): as participant, as present in the capacity assessment
     * and as the subject of timeline entries they become one placeholder member ({@link Erased#KEY_PERSON}), and the
     * part they had and the notes of their entries are replaced by that text. Type, scope, dates, ladder, tasks and
     * outcome stay; the number of participants stays.
     *
     * @param placeholder a fresh placeholder id ({@link Erased#placeholder})
     */
    public Intervention forgetMember(MemberRef member, UUID placeholder) {
        checkNotNull(member, "member");
        MemberRef stand = new MemberRef(member.kind(), placeholder);
        return forget(Map.of(member, stand), Erased.KEY_PERSON, false);
    }

    /**
     * The intervention after its retention term: every participant and every member present becomes a placeholder
     * ({@link Erased#MEMBER}), the notes of the timeline are emptied, task descriptions and tagged dynamics become
     * {@link Erased#TEXT}. Title, goal, type, scope, signals, dates, the involvement ladder and the evaluation stay:
     * what was done and how it ended. Applying it again changes nothing.
     *
     * @param fresh gives fresh random ids for the placeholders
     */
    public Intervention anonymise(Supplier<UUID> fresh) {
        Map<MemberRef, MemberRef> stand = new HashMap<>();
        List<MemberRef> members = new ArrayList<>(participants.stream().map(Participant::member).toList());
        if (capacity != null) {
            members.addAll(capacity.presentInScope());
        }
        for (MemberRef m : members) {
            if (!Erased.isPlaceholder(m.id())) {
                stand.computeIfAbsent(m, k -> new MemberRef(k.kind(), Erased.placeholder(fresh.get())));
            }
        }
        return forget(stand, Erased.MEMBER, true);
    }

    private Intervention forget(Map<MemberRef, MemberRef> stand, String text, boolean allNotes) {
        Map<UUID, UUID> ids = new HashMap<>();
        stand.forEach((from, to) -> ids.put(from.id(), to.id()));
        List<Participant> newParticipants = participants.stream().map(p -> stand.containsKey(p.member())
                ? new Participant(stand.get(p.member()), text) : p).toList();
        CapacityAssessment newCapacity = capacity == null ? null : new CapacityAssessment(capacity.initiatives(),
                capacity.presentInScope().stream().map(m -> stand.getOrDefault(m, m)).collect(Collectors.toSet()),
                capacity.drawnAt(), capacity.capacity(), capacity.judgement());
        List<TimelineEntry> newTimeline = timeline.stream().map(e -> {
            boolean about = e.subject() != null && ids.containsKey(e.subject());
            UUID subject = about ? ids.get(e.subject()) : e.subject();
            String note = allNotes ? "" : about && !e.note().isEmpty() ? text : e.note();
            return new TimelineEntry(e.kind(), e.at(), e.actor(), note, subject);
        }).toList();
        List<Task> newTasks = !allNotes ? tasks : tasks.stream().map(t -> new Task(t.id(), Erased.TEXT,
                t.assignee(), t.due(), t.doneAt(), t.doneBy())).toList();
        List<DynamicTag> newDynamics = !allNotes ? dynamics : dynamics.stream().map(d -> new DynamicTag(d.id(),
                d.role(), Erased.TEXT, d.from(), d.to())).toList();
        return new Intervention(id, description, scope, signals, owner, newParticipants, newTasks, newCapacity,
                newDynamics, exitCriteria, involvement, status, evaluation, newTimeline, version);
    }

    // ---- what it is about

    /** A new title, goal or type; allowed until the intervention is closed. */
    public Intervention describe(Description newDescription, Instant at, AccountId actor) {
        checkNotNull(newDescription, "newDescription");
        requireOpen("change");
        return next().description(newDescription).entry(Kind.DESCRIBED, at, actor, "", null);
    }

    /**
     * Another scope, only while planned: the capacity assessment, the exit criteria and the withdrawal rule are about
     * the scope the intervention started with. Widening a running intervention is a new intervention.
     */
    public Intervention changeScope(Scope newScope, Instant at, AccountId actor) {
        checkNotNull(newScope, "newScope");
        requireStatus(InterventionStatus.PLANNED, "change the scope of",
                "A running intervention keeps its scope, as its capacity assessment and exit criteria are about it; "
                        + "plan a new intervention for the other buurten or themes.");
        return next().scope(newScope).entry(Kind.SCOPE_CHANGED, at, actor, newScope.toString(), null);
    }

    /** Hands the intervention to another owner. */
    public Intervention handOver(AccountId newOwner, Instant at, AccountId actor) {
        checkNotNull(newOwner, "newOwner");
        requireOpen("hand over");
        if (newOwner.equals(owner)) {
            throw DomainException.conflict("intervention.owner.unchanged", "%s already owns this intervention.",
                    newOwner);
        }
        return next().owner(newOwner).entry(Kind.OWNER_CHANGED, at, actor, "", newOwner.value());
    }

    /** Another signal that this intervention takes up (the application marks the signal ACTED). */
    public Intervention linkSignal(SignalId signal, Instant at, AccountId actor) {
        checkNotNull(signal, "signal");
        requireOpen("link a signal to");
        if (signals.contains(signal)) {
            throw DomainException.conflict("intervention.signal.linked", "Signal %s is already linked.", signal);
        }
        Invariants.require(signals.size() < MAX_SIGNALS, "intervention.signals.too-many",
                "An intervention takes up at most %d signals.", MAX_SIGNALS);
        Set<SignalId> more = new HashSet<>(signals);
        more.add(signal);
        return next().signals(more).entry(Kind.SIGNAL_LINKED, at, actor, "", signal.value());
    }

    // ---- participants

    public Intervention addParticipant(Participant participant, Instant at, AccountId actor) {
        checkNotNull(participant, "participant");
        requireOpen("add a participant to");
        if (participant(participant.member()).isPresent()) {
            throw DomainException.conflict("intervention.participant.exists", "%s already takes part; change their "
                    + "part instead.", participant.member());
        }
        Invariants.require(participants.size() < MAX_PARTICIPANTS, "intervention.participants.too-many",
                "An intervention has at most %d participants.", MAX_PARTICIPANTS);
        List<Participant> more = new ArrayList<>(participants);
        more.add(participant);
        return next().participants(more).entry(Kind.PARTICIPANT_ADDED, at, actor, participant.part(),
                participant.member().id());
    }

    /** A new description of a participant's part. */
    public Intervention changeParticipant(Participant participant, Instant at, AccountId actor) {
        checkNotNull(participant, "participant");
        requireOpen("change a participant of");
        int index = indexOfParticipant(participant.member());
        List<Participant> changed = new ArrayList<>(participants);
        changed.set(index, participant);
        return next().participants(changed).entry(Kind.PARTICIPANT_CHANGED, at, actor, participant.part(),
                participant.member().id());
    }

    /** A participant stops taking part; the reason is optional. */
    public Intervention removeParticipant(MemberRef member, String reason, Instant at, AccountId actor) {
        checkNotNull(member, "member");
        requireOpen("remove a participant from");
        int index = indexOfParticipant(member);
        String why = InterventionText.optional(reason, MAX_NOTE, "The reason");
        List<Participant> fewer = new ArrayList<>(participants);
        fewer.remove(index);
        return next().participants(fewer).entry(Kind.PARTICIPANT_REMOVED, at, actor, why, member.id());
    }

    // ---- tasks

    public Intervention addTask(TaskId taskId, String taskDescription, AccountId assignee, LocalDate due, Instant at,
            AccountId actor) {
        checkNotNull(taskId, "taskId");
        requireOpen("add a task to");
        checkArgument(task(taskId).isEmpty(), "task %s exists", taskId);
        Invariants.require(tasks.size() < MAX_TASKS, "intervention.tasks.too-many",
                "An intervention has at most %d tasks.", MAX_TASKS);
        Task task = Task.open(taskId, taskDescription, assignee, due);
        List<Task> more = new ArrayList<>(tasks);
        more.add(task);
        return next().tasks(more).entry(Kind.TASK_ADDED, at, actor, task.description(), taskId.value());
    }

    /** A new description, assignee or due day of an open task. */
    public Intervention changeTask(TaskId taskId, String taskDescription, AccountId assignee, LocalDate due,
            Instant at, AccountId actor) {
        requireOpen("change a task of");
        Task task = requireTask(taskId);
        if (task.isDone()) {
            throw DomainException.conflict("intervention.task.done", "The task '%s' is done; reopen it to change it.",
                    task.description());
        }
        Task changed = task.change(taskDescription, assignee, due);
        return next().tasks(replace(changed)).entry(Kind.TASK_CHANGED, at, actor, changed.description(),
                taskId.value());
    }

    /** Marks a task done, with an optional note on how it went. */
    public Intervention completeTask(TaskId taskId, String note, Instant at, AccountId actor) {
        requireOpen("complete a task of");
        Task task = requireTask(taskId);
        if (task.isDone()) {
            throw DomainException.conflict("intervention.task.done", "The task '%s' is already done.",
                    task.description());
        }
        String how = InterventionText.optional(note, MAX_NOTE, "The note");
        TimelineEntry entry = new TimelineEntry(Kind.TASK_DONE, at, actor, how, taskId.value());
        return next().tasks(replace(task.done(entry.at(), actor))).entry(entry);
    }

    /** Opens a task that was marked done, with the reason. */
    public Intervention reopenTask(TaskId taskId, String reason, Instant at, AccountId actor) {
        requireOpen("reopen a task of");
        Task task = requireTask(taskId);
        if (!task.isDone()) {
            throw DomainException.conflict("intervention.task.open", "The task '%s' is not done.",
                    task.description());
        }
        String why = InterventionText.required(reason, MAX_NOTE, "The reason to reopen a task");
        return next().tasks(replace(task.reopened())).entry(Kind.TASK_REOPENED, at, actor, why, taskId.value());
    }

    // ---- capacity, dynamics, notes

    /** Records (or replaces) the capacity assessment; required before the start, allowed again while running. */
    public Intervention assessCapacity(CapacityAssessment assessment, Instant at, AccountId actor) {
        checkNotNull(assessment, "assessment");
        requireOpen("assess the capacity of");
        TimelineEntry entry = new TimelineEntry(Kind.CAPACITY_ASSESSED, at, actor, assessment.judgement(), null);
        Invariants.require(!assessment.drawnAt().isAfter(entry.at()), "intervention.capacity.drawn-later",
                "The network cannot have been consulted (%s) after the assessment (%s).", assessment.drawnAt(),
                entry.at());
        return next().capacity(assessment).entry(entry);
    }

    /** Tags a dynamic of the case with a polarisation role. A role tags a dynamic, never a person. */
    public Intervention tagDynamic(DynamicTag tag, Instant at, AccountId actor) {
        checkNotNull(tag, "tag");
        requireOpen("tag a dynamic of");
        checkArgument(dynamic(tag.id()).isEmpty(), "dynamic %s exists", tag.id());
        Invariants.require(dynamics.size() < MAX_DYNAMICS, "intervention.dynamics.too-many",
                "An intervention tags at most %d dynamics.", MAX_DYNAMICS);
        List<DynamicTag> more = new ArrayList<>(dynamics);
        more.add(tag);
        return next().dynamics(more).entry(Kind.DYNAMIC_TAGGED, at, actor, tag.dynamic(), tag.id().value());
    }

    /** Removes a tag that no longer fits, with an optional reason. */
    public Intervention removeDynamic(DynamicTagId tagId, String reason, Instant at, AccountId actor) {
        checkNotNull(tagId, "tagId");
        requireOpen("remove a dynamic of");
        DynamicTag tag = dynamic(tagId).orElseThrow(() -> DomainException.notFound("intervention.dynamic.not-found",
                "This intervention has no tagged dynamic %s.", tagId));
        String why = InterventionText.optional(reason, MAX_NOTE, "The reason");
        List<DynamicTag> fewer = new ArrayList<>(dynamics);
        fewer.remove(tag);
        return next().dynamics(fewer).entry(Kind.DYNAMIC_REMOVED, at, actor, why, tagId.value());
    }

    /** Anything else that happened: a meeting held, a conversation, a change in the neighbourhood. */
    public Intervention addNote(String note, Instant at, AccountId actor) {
        requireOpen("add a note to");
        String text = InterventionText.required(note, MAX_NOTE, "The note");
        return next().entry(Kind.NOTE_ADDED, at, actor, text, null);
    }

    // ---- status and involvement

    /** PLANNED → ACTIVE, with the exit criteria agreed now; needs the capacity assessment. */
    public Intervention start(ExitCriteria criteria, Instant at, AccountId actor) {
        checkNotNull(criteria, "criteria");
        requireTransition(InterventionStatus.ACTIVE);
        if (capacity == null) {
            throw DomainException.conflict("intervention.capacity.missing", "Assess what the neighbourhood can carry "
                    + "itself before starting: the local initiatives, the key persons and partners present in the "
                    + "scope, and your judgement.");
        }
        return next().status(InterventionStatus.ACTIVE).exitCriteria(criteria).entry(Kind.STARTED, at, actor,
                "", null);
    }

    /**
     * Op- en afschalen: any other level than the current one, except WITHDRAWN, which goes through
     * {@link #withdraw}. Allowed while planned (the involvement the intervention will start with) and running.
     */
    public Intervention changeInvolvement(Involvement target, String reason, Instant at, AccountId actor) {
        checkNotNull(target, "target");
        checkArgument(target != Involvement.WITHDRAWN, "stepping back to WITHDRAWN is guarded: use withdraw");
        requireOpen("change the involvement in");
        if (target == involvement()) {
            throw DomainException.conflict("intervention.involvement.unchanged",
                    "The involvement is already %s; choose another level.", target);
        }
        return step(new InvolvementStep(involvement(), target, at, reason, actor, null, ""), Kind.INVOLVEMENT_CHANGED);
    }

    /**
     * Terugtrekken: steps back to WITHDRAWN. Allowed when {@link WithdrawalRule} finds that the scope's temperature
     * stayed at or below the exit level for the exit period, or, when it did not, with a justification, which is then
     * recorded. Refused otherwise with a {@link WithdrawalRefusedException} that shows the current temperature and
     * what is missing. The step keeps the decision it was taken on.
     *
     * @param temperatures  the scope's temperature day by day up to today, covering at least the exit period
     * @param justification why stepping back is responsible although the temperature does not (yet) allow it; may be
     *                      empty when it does
     */
    public Intervention withdraw(ScopeSeries temperatures, String reason, String justification, Instant at,
            AccountId actor) {
        WithdrawalDecision decision = withdrawalDecision(temperatures);
        if (involvement() == Involvement.WITHDRAWN) {
            throw DomainException.conflict("intervention.involvement.unchanged",
                    "The municipality has already stepped back from this intervention.");
        }
        String why = InterventionText.optional(justification, InterventionText.MAX_LENGTH,
                "The justification for stepping back");
        if (!decision.allowed() && why.isEmpty()) {
            throw new WithdrawalRefusedException(decision);
        }
        return step(new InvolvementStep(involvement(), Involvement.WITHDRAWN, at, reason, actor, decision, why),
                Kind.WITHDRAWN);
    }

    /**
     * Whether the scope's temperature allows stepping back now, and if not what is missing: for the UI to explain
     * before the user tries. Needs the exit criteria, so the intervention must have started; not after closing.
     */
    public WithdrawalDecision withdrawalDecision(ScopeSeries temperatures) {
        checkNotNull(temperatures, "temperatures");
        requireStatus(InterventionStatus.ACTIVE, "step back from",
                "The exit criteria are agreed when the intervention starts; start it first.");
        checkArgument(temperatures.scope().equals(scope), "the temperatures of %s, not of %s", scope,
                temperatures.scope());
        return WithdrawalRule.decide(exitCriteria, temperatures);
    }

    /**
     * ACTIVE → CLOSED with the evaluation. Its temperatures must be those computed for the moment the intervention
     * started and for this closing moment {@code at}.
     */
    public Intervention close(Evaluation closing, Instant at, AccountId actor) {
        checkNotNull(closing, "closing");
        requireTransition(InterventionStatus.CLOSED);
        TimelineEntry entry = new TimelineEntry(Kind.CLOSED, at, actor, "", null);
        checkArgument(closing.computedAtStart().asOf().equals(startedAt().orElseThrow()),
                "the temperature at the start is computed for %s, the moment it started, not %s",
                startedAt().orElseThrow(), closing.computedAtStart().asOf());
        checkArgument(closing.computedAtClose().asOf().equals(entry.at()),
                "the temperature at the close is computed for %s, the closing moment, not %s", entry.at(),
                closing.computedAtClose().asOf());
        return next().status(InterventionStatus.CLOSED).evaluation(closing).entry(entry);
    }

    // ---- reading

    public InterventionId id() {
        return id;
    }

    public Description description() {
        return description;
    }

    public String title() {
        return description.title();
    }

    public String goal() {
        return description.goal();
    }

    public InterventionType type() {
        return description.type();
    }

    public Scope scope() {
        return scope;
    }

    public Set<SignalId> signals() {
        return signals;
    }

    public AccountId owner() {
        return owner;
    }

    public List<Participant> participants() {
        return participants;
    }

    public Optional<Participant> participant(MemberRef member) {
        return participants.stream().filter(p -> p.member().equals(member)).findFirst();
    }

    public List<Task> tasks() {
        return tasks;
    }

    public Optional<Task> task(TaskId taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    public List<Task> openTasks() {
        return tasks.stream().filter(Predicate.not(Task::isDone)).toList();
    }

    /** The open tasks due before {@code today}; none once the intervention is closed. */
    public List<Task> overdueTasks(LocalDate today) {
        checkNotNull(today, "today");
        return status == InterventionStatus.CLOSED ? List.of()
                : tasks.stream().filter(t -> t.isOverdue(today)).toList();
    }

    public Optional<CapacityAssessment> capacityAssessment() {
        return Optional.ofNullable(capacity);
    }

    public List<DynamicTag> dynamics() {
        return dynamics;
    }

    public Optional<DynamicTag> dynamic(DynamicTagId tagId) {
        return dynamics.stream().filter(d -> d.id().equals(tagId)).findFirst();
    }

    public Optional<ExitCriteria> exitCriteria() {
        return Optional.ofNullable(exitCriteria);
    }

    /** The current level of involvement. */
    public Involvement involvement() {
        return Iterables.getLast(involvement).to();
    }

    /** Every step on the involvement ladder, the planned level first. */
    public List<InvolvementStep> involvementSteps() {
        return involvement;
    }

    /**
     * The step on the involvement ladder that the timeline entry at {@code timelineIndex} records: the n-th
     * INVOLVEMENT_CHANGED or WITHDRAWN entry records step n (step 0 being the planned level); empty for other entries.
     */
    public Optional<InvolvementStep> involvementStepAt(int timelineIndex) {
        Kind kind = timeline.get(timelineIndex).kind();
        if (kind != Kind.INVOLVEMENT_CHANGED && kind != Kind.WITHDRAWN) {
            return Optional.empty();
        }
        long before = timeline.subList(0, timelineIndex).stream()
                .filter(e -> e.kind() == Kind.INVOLVEMENT_CHANGED || e.kind() == Kind.WITHDRAWN).count();
        return Optional.of(involvement.get((int) before + 1));
    }

    public InterventionStatus status() {
        return status;
    }

    public Optional<Evaluation> evaluation() {
        return Optional.ofNullable(evaluation);
    }

    public List<TimelineEntry> timeline() {
        return timeline;
    }

    /** The latest entry of a kind: when and by whom the capacity was last assessed, for example. */
    public Optional<TimelineEntry> lastEntry(Kind kind) {
        return Optional.ofNullable(Iterables.getLast(timeline.stream().filter(e -> e.kind() == kind).toList(), null));
    }

    public Instant plannedAt() {
        return timeline.get(0).at();
    }

    public Optional<Instant> startedAt() {
        return lastEntry(Kind.STARTED).map(TimelineEntry::at);
    }

    public Optional<Instant> closedAt() {
        return lastEntry(Kind.CLOSED).map(TimelineEntry::at);
    }

    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, description, scope, signals, owner, participants, tasks, capacity, dynamics,
                exitCriteria, involvement, status, evaluation, timeline, version);
    }

    /** All state of an intervention, for storage adapters. */
    public record Snapshot(InterventionId id, Description description, Scope scope, Set<SignalId> signals,
            AccountId owner, List<Participant> participants, List<Task> tasks, CapacityAssessment capacity,
            List<DynamicTag> dynamics, ExitCriteria exitCriteria, List<InvolvementStep> involvement,
            InterventionStatus status, Evaluation evaluation, List<TimelineEntry> timeline, long version) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Intervention other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Intervention[" + id + " " + status + " " + involvement() + " v" + version + "]";
    }

    // ---- rules

    private void checkParts() {
        Invariants.require(participants.stream().map(Participant::member).distinct().count() == participants.size(),
                "intervention.participant.exists", "Each member takes part once.");
        Invariants.require(tasks.stream().map(Task::id).distinct().count() == tasks.size(),
                "intervention.task.duplicate", "Each task has its own id.");
        Invariants.require(dynamics.stream().map(DynamicTag::id).distinct().count() == dynamics.size(),
                "intervention.dynamic.duplicate", "Each tagged dynamic has its own id.");
    }

    private void checkTimeline() {
        Invariants.require(!timeline.isEmpty() && timeline.get(0).kind() == Kind.PLANNED,
                "intervention.timeline.start", "An intervention's timeline starts with its planning.");
        for (int i = 1; i < timeline.size(); i++) {
            Invariants.require(timeline.get(i).kind() != Kind.PLANNED, "intervention.timeline.start",
                    "An intervention is planned once.");
            Invariants.require(!timeline.get(i).at().isBefore(timeline.get(i - 1).at()), "intervention.timeline.order",
                    "What happens to an intervention is recorded in order of time: %s comes after %s.",
                    timeline.get(i).at(), timeline.get(i - 1).at());
        }
    }

    private void checkStatus() {
        long started = count(Kind.STARTED);
        long closed = count(Kind.CLOSED);
        Invariants.require(started == (status == InterventionStatus.PLANNED ? 0 : 1)
                && closed == (status == InterventionStatus.CLOSED ? 1 : 0), "intervention.timeline.status",
                "The timeline of a %s intervention does not show it started and closed as such.", status);
        Invariants.require(status == InterventionStatus.PLANNED || capacity != null, "intervention.capacity.missing",
                "A started intervention has a capacity assessment.");
        Invariants.require((status == InterventionStatus.PLANNED) == (exitCriteria == null),
                "intervention.exit-criteria.missing", "A started intervention has exit criteria, agreed at the start.");
        Invariants.require((status == InterventionStatus.CLOSED) == (evaluation != null),
                "intervention.evaluation.missing", "A closed intervention has an evaluation, and only a closed one.");
        if (status == InterventionStatus.CLOSED) {
            Invariants.require(Iterables.getLast(timeline).kind() == Kind.CLOSED, "intervention.closed",
                    "Nothing happens to an intervention after it closed.");
            Invariants.require(evaluation.computedAtStart().asOf().equals(startedAt().orElseThrow())
                    && evaluation.computedAtClose().asOf().equals(closedAt().orElseThrow()),
                    "intervention.evaluation.moments",
                    "The evaluation's temperatures are computed for the moments the intervention started and closed.");
        }
    }

    private void checkLadder() {
        Invariants.require(!involvement.isEmpty() && involvement.get(0).from() == null,
                "intervention.involvement.start", "The involvement ladder starts with the planned level.");
        for (int i = 1; i < involvement.size(); i++) {
            InvolvementStep previous = involvement.get(i - 1);
            InvolvementStep step = involvement.get(i);
            Invariants.require(step.from() == previous.to(), "intervention.involvement.broken",
                    "Step %d of the involvement (%s → %s) does not follow from %s.", i, step.from(), step.to(),
                    previous.to());
            Invariants.require(!step.at().isBefore(previous.at()), "intervention.involvement.order",
                    "The involvement ladder runs forward in time.");
            if (step.to() == Involvement.WITHDRAWN) {
                Invariants.require(startedAt().isPresent() && !step.at().isBefore(startedAt().get())
                        && step.decision().criteria().equals(exitCriteria), "intervention.withdrawal.before-start",
                        "Stepping back is judged on the exit criteria agreed at the start, so it comes after it.");
            }
        }
        Invariants.require(count(Kind.INVOLVEMENT_CHANGED) + count(Kind.WITHDRAWN) == involvement.size() - 1,
                "intervention.timeline.involvement", "Every step on the involvement ladder is on the timeline.");
    }

    private long count(Kind kind) {
        return timeline.stream().filter(e -> e.kind() == kind).count();
    }

    private void requireOpen(String what) {
        if (status == InterventionStatus.CLOSED) {
            throw DomainException.conflict("intervention.closed", "This intervention is closed; you cannot %s it. "
                    + "Plan a new intervention if the tension returns.", what);
        }
    }

    private void requireStatus(InterventionStatus required, String what, String hint) {
        if (status != required) {
            if (status == InterventionStatus.CLOSED) {
                requireOpen(what);
            }
            throw DomainException.conflict("intervention.status", "This intervention is %s; you can only %s a%s %s "
                    + "intervention. %s", status, what, required == InterventionStatus.ACTIVE ? "n" : "", required,
                    hint);
        }
    }

    private void requireTransition(InterventionStatus target) {
        if (!status.mayBecome(target)) {
            throw DomainException.conflict("intervention.status.transition", "An intervention that is %s cannot "
                    + "become %s; possible: %s.", status, target, status.next().isEmpty() ? "nothing (it is closed)"
                            : status.next().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private int indexOfParticipant(MemberRef member) {
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i).member().equals(member)) {
                return i;
            }
        }
        throw DomainException.notFound("intervention.participant.not-found",
                "%s does not take part in this intervention.", member);
    }

    private Task requireTask(TaskId taskId) {
        checkNotNull(taskId, "taskId");
        return task(taskId).orElseThrow(() -> DomainException.notFound("intervention.task.not-found",
                "This intervention has no task %s.", taskId));
    }

    private List<Task> replace(Task changed) {
        return tasks.stream().map(t -> t.id().equals(changed.id()) ? changed : t).toList();
    }

    private Intervention step(InvolvementStep step, Kind kind) {
        List<InvolvementStep> more = new ArrayList<>(involvement);
        more.add(step);
        return next().involvement(more).entry(kind, step.at(), step.actor(), step.reason(), null);
    }

    private Change next() {
        return new Change();
    }

    /** A copy of the state in which a command changes a part, closed by the one timeline entry of the command. */
    private final class Change {

        private Description newDescription = description;
        private Scope newScope = scope;
        private Set<SignalId> newSignals = signals;
        private AccountId newOwner = owner;
        private List<Participant> newParticipants = participants;
        private List<Task> newTasks = tasks;
        private CapacityAssessment newCapacity = capacity;
        private List<DynamicTag> newDynamics = dynamics;
        private ExitCriteria newExitCriteria = exitCriteria;
        private List<InvolvementStep> newInvolvement = involvement;
        private InterventionStatus newStatus = status;
        private Evaluation newEvaluation = evaluation;

        Change description(Description v) {
            newDescription = v;
            return this;
        }

        Change scope(Scope v) {
            newScope = v;
            return this;
        }

        Change signals(Set<SignalId> v) {
            newSignals = v;
            return this;
        }

        Change owner(AccountId v) {
            newOwner = v;
            return this;
        }

        Change participants(List<Participant> v) {
            newParticipants = v;
            return this;
        }

        Change tasks(List<Task> v) {
            newTasks = v;
            return this;
        }

        Change capacity(CapacityAssessment v) {
            newCapacity = v;
            return this;
        }

        Change dynamics(List<DynamicTag> v) {
            newDynamics = v;
            return this;
        }

        Change exitCriteria(ExitCriteria v) {
            newExitCriteria = v;
            return this;
        }

        Change involvement(List<InvolvementStep> v) {
            newInvolvement = v;
            return this;
        }

        Change status(InterventionStatus v) {
            newStatus = v;
            return this;
        }

        Change evaluation(Evaluation v) {
            newEvaluation = v;
            return this;
        }

        Intervention entry(Kind kind, Instant at, AccountId actor, String note, UUID subject) {
            return entry(new TimelineEntry(kind, at, actor, note, subject));
        }

        Intervention entry(TimelineEntry entry) {
            List<TimelineEntry> more = new ArrayList<>(timeline);
            more.add(entry);
            return new Intervention(id, newDescription, newScope, newSignals, newOwner, newParticipants, newTasks,
                    newCapacity, newDynamics, newExitCriteria, newInvolvement, newStatus, newEvaluation, more,
                    version);
        }
    }
}
