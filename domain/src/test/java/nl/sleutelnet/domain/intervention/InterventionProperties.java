package nl.sleutelnet.domain.intervention;

import static nl.sleutelnet.domain.testdata.InterventionBuilder.COORDINATOR;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.anIntervention;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.capacity;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.series;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Iterables;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.intervention.TimelineEntry.Kind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.testdata.InterventionBuilder;

/**
 * No sequence of commands, refused or not, brings an intervention into a state that breaks its rules; every command
 * that succeeds adds exactly one timeline entry of its kind, every change of status or involvement among them, and one
 * that is refused changes nothing.
 */
class InterventionProperties {

    enum Command {
        DESCRIBE, CHANGE_SCOPE, HAND_OVER, LINK_SIGNAL, ADD_PARTICIPANT, CHANGE_PARTICIPANT, REMOVE_PARTICIPANT,
        ADD_TASK, CHANGE_TASK, COMPLETE_TASK, REOPEN_TASK, ASSESS_CAPACITY, TAG_DYNAMIC, REMOVE_DYNAMIC, ADD_NOTE,
        START, CHANGE_INVOLVEMENT, WITHDRAW, WITHDRAW_JUSTIFIED, CLOSE, BACKDATED_NOTE
    }

    /** A command with its random choices: which of a few members, tasks, tags or accounts, a level, a series. */
    record Step(Command command, int pick, Involvement level, List<Level> temperatures) {
    }

    private static final Map<Command, Kind> KIND = Map.ofEntries(Map.entry(Command.DESCRIBE, Kind.DESCRIBED),
            Map.entry(Command.CHANGE_SCOPE, Kind.SCOPE_CHANGED), Map.entry(Command.HAND_OVER, Kind.OWNER_CHANGED),
            Map.entry(Command.LINK_SIGNAL, Kind.SIGNAL_LINKED),
            Map.entry(Command.ADD_PARTICIPANT, Kind.PARTICIPANT_ADDED),
            Map.entry(Command.CHANGE_PARTICIPANT, Kind.PARTICIPANT_CHANGED),
            Map.entry(Command.REMOVE_PARTICIPANT, Kind.PARTICIPANT_REMOVED), Map.entry(Command.ADD_TASK, Kind.TASK_ADDED),
            Map.entry(Command.CHANGE_TASK, Kind.TASK_CHANGED), Map.entry(Command.COMPLETE_TASK, Kind.TASK_DONE),
            Map.entry(Command.REOPEN_TASK, Kind.TASK_REOPENED),
            Map.entry(Command.ASSESS_CAPACITY, Kind.CAPACITY_ASSESSED),
            Map.entry(Command.TAG_DYNAMIC, Kind.DYNAMIC_TAGGED), Map.entry(Command.REMOVE_DYNAMIC, Kind.DYNAMIC_REMOVED),
            Map.entry(Command.ADD_NOTE, Kind.NOTE_ADDED), Map.entry(Command.START, Kind.STARTED),
            Map.entry(Command.CHANGE_INVOLVEMENT, Kind.INVOLVEMENT_CHANGED), Map.entry(Command.WITHDRAW, Kind.WITHDRAWN),
            Map.entry(Command.WITHDRAW_JUSTIFIED, Kind.WITHDRAWN), Map.entry(Command.CLOSE, Kind.CLOSED),
            Map.entry(Command.BACKDATED_NOTE, Kind.NOTE_ADDED));

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 20);
    private static final List<UUID> IDS = List.of(new UUID(1, 1), new UUID(2, 2), new UUID(3, 3));
    private static final Scope WIDER = anIntervention().in("BU09350207", "BU09350208").scope();

    @Property(tries = 400)
    void anySequenceKeepsTheRulesAndPutsEverySuccessOnTheTimeline(@ForAll("steps") @Size(max = 30) List<Step> steps,
            @ForAll boolean startedFirst) {
        Intervention intervention = startedFirst ? anIntervention().started().build() : anIntervention().build();
        Instant at = Iterables.getLast(intervention.timeline()).at();
        for (Step step : steps) {
            at = at.plusSeconds(3600);
            Intervention before = intervention;
            try {
                intervention = apply(intervention, step, at);
                assertThat(intervention.timeline()).as("%s adds exactly one entry", step.command())
                        .hasSize(before.timeline().size() + 1).startsWith(before.timeline().toArray(TimelineEntry[]::new));
                TimelineEntry entry = Iterables.getLast(intervention.timeline());
                assertThat(entry.kind()).isEqualTo(KIND.get(step.command()));
                assertThat(before.status().mayBecome(intervention.status())
                        || before.status() == intervention.status()).as("a step the status has").isTrue();
                assertThat(before.status() != intervention.status())
                        .as("a status change is on the timeline: %s", entry.kind())
                        .isEqualTo(entry.kind() == Kind.STARTED || entry.kind() == Kind.CLOSED);
                assertThat(before.involvementSteps().size() != intervention.involvementSteps().size())
                        .as("an involvement step is on the timeline: %s", entry.kind())
                        .isEqualTo(entry.kind() == Kind.INVOLVEMENT_CHANGED || entry.kind() == Kind.WITHDRAWN);
                if (step.command() == Command.WITHDRAW) {
                    assertThat(Iterables.getLast(intervention.involvementSteps()).decision().allowed())
                            .as("without a justification only when the temperature allows it").isTrue();
                }
                assertThat(intervention.version()).as("a command keeps the version it was read as; the repository "
                        + "stores the next").isEqualTo(before.version());
            } catch (DomainException refused) {
                assertThat(intervention).as("a refused command changes nothing").isEqualTo(before);
            }
            assertInvariants(intervention);
        }
    }

    private static void assertInvariants(Intervention intervention) {
        InterventionStatus status = intervention.status();
        assertThat(intervention.timeline().get(0).kind()).isEqualTo(Kind.PLANNED);
        assertThat(status == InterventionStatus.PLANNED || intervention.capacityAssessment().isPresent()).isTrue();
        assertThat(status == InterventionStatus.PLANNED).isEqualTo(intervention.exitCriteria().isEmpty());
        assertThat(status == InterventionStatus.CLOSED).isEqualTo(intervention.evaluation().isPresent());
        List<InvolvementStep> ladder = intervention.involvementSteps();
        assertThat(ladder.get(0).from()).isNull();
        assertThat(ladder.get(0).to()).isNotEqualTo(Involvement.WITHDRAWN);
        for (int i = 1; i < ladder.size(); i++) {
            InvolvementStep step = ladder.get(i);
            assertThat(step.from()).isEqualTo(ladder.get(i - 1).to());
            assertThat(step.to()).isNotEqualTo(step.from());
            if (step.to() == Involvement.WITHDRAWN) {
                assertThat(step.decision()).as("a withdrawal keeps its decision").isNotNull();
                assertThat(step.decision().allowed() || !step.justification().isEmpty())
                        .as("withdrawn only when allowed or justified").isTrue();
            }
        }
        assertThat(intervention.involvement()).isEqualTo(Iterables.getLast(ladder).to());
        assertThat(intervention.tasks().stream().map(Task::id).distinct().count())
                .isEqualTo(intervention.tasks().size());
        assertThat(intervention.tasks()).allSatisfy(t -> assertThat(t.completedAt().isPresent())
                .isEqualTo(t.completedBy().isPresent()));
        assertThat(intervention.participants().stream().map(Participant::member).distinct().count())
                .isEqualTo(intervention.participants().size());
        for (int i = 1; i < intervention.timeline().size(); i++) {
            assertThat(intervention.timeline().get(i).at()).isAfterOrEqualTo(intervention.timeline().get(i - 1).at());
        }
        assertThat(Intervention.reconstitute(intervention.snapshot())).as("survives storage").isEqualTo(intervention);
    }

    private static Intervention apply(Intervention intervention, Step step, Instant at) {
        int pick = step.pick();
        UUID some = IDS.get(pick);
        AccountId account = pick == 0 ? COORDINATOR : new AccountId(some);
        MemberRef member = pick == 2 ? MemberRef.partner(some) : MemberRef.keyPerson(some);
        TaskId task = new TaskId(some);
        return switch (step.command()) {
            case DESCRIBE -> intervention.describe(InterventionBuilder.description(InterventionType.values()[pick]), at,
                    COORDINATOR);
            case CHANGE_SCOPE -> intervention.changeScope(pick == 0 ? anIntervention().scope() : WIDER, at,
                    COORDINATOR);
            case HAND_OVER -> intervention.handOver(account, at, COORDINATOR);
            case LINK_SIGNAL -> intervention.linkSignal(new SignalId(some), at, COORDINATOR);
            case ADD_PARTICIPANT -> intervention.addParticipant(new Participant(member, "Doet mee"), at, COORDINATOR);
            case CHANGE_PARTICIPANT -> intervention.changeParticipant(new Participant(member, "Doet anders mee"), at,
                    COORDINATOR);
            case REMOVE_PARTICIPANT -> intervention.removeParticipant(member, "", at, COORDINATOR);
            case ADD_TASK -> intervention.addTask(new TaskId(UUID.randomUUID()), "Taak", account, TODAY, at,
                    COORDINATOR);
            case CHANGE_TASK -> intervention.changeTask(anyTask(intervention, task), "Andere taak", account,
                    TODAY.plusDays(pick), at, COORDINATOR);
            case COMPLETE_TASK -> intervention.completeTask(anyTask(intervention, task), "", at, account);
            case REOPEN_TASK -> intervention.reopenTask(anyTask(intervention, task), "Toch niet klaar", at,
                    COORDINATOR);
            case ASSESS_CAPACITY -> intervention.assessCapacity(capacity(at), at, COORDINATOR);
            case TAG_DYNAMIC -> intervention.tagDynamic(new DynamicTag(new DynamicTagId(UUID.randomUUID()),
                    PolarisationRole.values()[pick], "Een dynamiek", TODAY, null), at, COORDINATOR);
            case REMOVE_DYNAMIC -> intervention.removeDynamic(intervention.dynamics().isEmpty()
                    ? new DynamicTagId(some) : intervention.dynamics().get(0).id(), "", at, COORDINATOR);
            case ADD_NOTE -> intervention.addNote("Bijeenkomst gehouden", at, COORDINATOR);
            case START -> intervention.start(new ExitCriteria(Level.TENSE, 14), at, COORDINATOR);
            case CHANGE_INVOLVEMENT -> intervention.changeInvolvement(step.level(), "Bijstellen", at, COORDINATOR);
            case WITHDRAW -> intervention.withdraw(series(intervention.scope(), TODAY, step.temperatures()),
                    "Terugtrekken", "", at, COORDINATOR);
            case WITHDRAW_JUSTIFIED -> intervention.withdraw(series(intervention.scope(), TODAY,
                    step.temperatures()), "Terugtrekken", "Overgedragen aan het buurtnetwerk", at, COORDINATOR);
            case CLOSE -> intervention.close(new Evaluation(Outcome.values()[pick], "Lessen", "Vervolg",
                    new ScopeTemperature(intervention.startedAt().orElse(at), Level.HEATED, 6),
                    new ScopeTemperature(at, Level.CALM, 1)), at, COORDINATOR);
            case BACKDATED_NOTE -> intervention.addNote("Te laat", intervention.plannedAt().minusSeconds(1),
                    COORDINATOR);
        };
    }

    /** A task that exists when there is one, so that changing, completing and reopening happen, not only fail. */
    private static TaskId anyTask(Intervention intervention, TaskId fallback) {
        List<Task> tasks = intervention.tasks();
        return tasks.isEmpty() ? fallback : tasks.get(Math.floorMod(fallback.value().hashCode(), tasks.size())).id();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<List<Level>> anyTemperatures = Arbitraries.of(Level.class).list().ofMinSize(14).ofMaxSize(20);
        Arbitrary<List<Level>> calmTemperatures = Arbitraries.of(Level.CALM, Level.TENSE).list().ofMinSize(14)
                .ofMaxSize(20);
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Command.class), Arbitraries.integers().between(0, 2),
                Arbitraries.of(Involvement.LEAD, Involvement.CONTRIBUTE, Involvement.MONITOR),
                Arbitraries.oneOf(anyTemperatures, calmTemperatures)).as(Step::new);
        return step.list();
    }

    @Property(tries = 300)
    void theRuleAllowsExactlyWhenEveryDayOfTheExitPeriodIsAtOrBelowTheExitLevel(
            @ForAll("temperatures") List<Level> levels, @ForAll("exitLevels") Level exitLevel) {
        ExitCriteria criteria = new ExitCriteria(exitLevel, 7);
        WithdrawalDecision decision = WithdrawalRule.decide(criteria, series(WIDER, TODAY, levels));

        boolean lastSevenLowEnough = levels.subList(levels.size() - 7, levels.size()).stream()
                .noneMatch(l -> l.isAbove(exitLevel));
        assertThat(decision.allowed()).isEqualTo(lastSevenLowEnough);
        assertThat(decision.currentLevel()).isEqualTo(Iterables.getLast(levels));
        assertThat(decision.daysMissing() + Math.min(decision.daysAtOrBelow(), 7)).isEqualTo(7);
        assertThat(decision.earliestDay()).isEqualTo(TODAY.plusDays(decision.daysMissing()));
        decision.breach().ifPresent(breach -> assertThat(breach.level().isAbove(exitLevel)).isTrue());
        assertThat(decision.explanation()).contains(Iterables.getLast(levels).name());
    }

    @Provide
    Arbitrary<List<Level>> temperatures() {
        return Arbitraries.of(Level.CALM, Level.CALM, Level.TENSE, Level.HEATED, Level.ESCALATING).list()
                .ofMinSize(7).ofMaxSize(30);
    }

    @Provide
    Arbitrary<Level> exitLevels() {
        return Arbitraries.of(Level.CALM, Level.TENSE, Level.HEATED);
    }
}
