package nl.sleutelnet.bootstrap.usecases;

import static nl.sleutelnet.bootstrap.usecases.CoreFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.intervention.AddNoteCommand;
import nl.sleutelnet.application.port.in.intervention.AddInterventionNoteUseCase;
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
import nl.sleutelnet.application.port.in.intervention.SearchInterventionsUseCase;
import nl.sleutelnet.application.port.in.intervention.ShowInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.ShowNetworkInScopeUseCase;
import nl.sleutelnet.application.port.in.intervention.StartInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.StartInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.TagDynamicCommand;
import nl.sleutelnet.application.port.in.intervention.TagDynamicUseCase;
import nl.sleutelnet.application.port.in.intervention.WithdrawCommand;
import nl.sleutelnet.application.port.in.intervention.WithdrawUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.PartnerCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.RegisterPartnerUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Evaluation;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionStatus;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.intervention.InvolvementStep;
import nl.sleutelnet.domain.intervention.Outcome;
import nl.sleutelnet.domain.intervention.TimelineEntry.Kind;
import nl.sleutelnet.domain.intervention.WithdrawalDecision;
import nl.sleutelnet.domain.intervention.WithdrawalRefusedException;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalStatus;
import nl.sleutelnet.domain.temperature.Level;
import org.junit.jupiter.api.Test;

/**
 * Interventions through the real core on the memory adapter: planned from assessed signals (which become ACTED),
 * capacity drawn from the network, withdrawal guarded by the scope's computed temperature as the clock moves on,
 * closing with computed temperatures, and who sees what.
 */
class InterventionUseCasesTest {

    private static final String MALBERG = "BU09350207";
    private static final String WYCK = "BU09350101";
    private static final String WIJ_ZIJ = "wij-zij";

    private final CoreFixture fixture = fixture();
    private final Actor coordinator = fixture.actor("regisseur", "COORDINATOR");
    private final Actor wyckProfessional = fixture.actor("wijkagent", "PROFESSIONAL", WYCK);

    /** The core to test on: the memory adapter here, JDBC in {@link InterventionUseCasesOnH2Test}. */
    CoreFixture fixture() {
        return new CoreFixture();
    }

    @Test
    void fromAssessedSignalsToAResponsibleWithdrawalAndAnEvaluationWithComputedTemperatures() {
        // three signals of intensity 5, judged reliable, one source each: 3 × 5 × 1.0 × 0.5 = 7.5, HEATED
        Signal first = assessed(report(MALBERG, 5));
        Signal second = assessed(report(MALBERG, 5));
        Signal third = assessed(report(MALBERG, 5));
        Signal unassessed = report(MALBERG, "religie", 2);

        assertThatThrownBy(() -> plan(coordinator, MALBERG, unassessed.id().value()))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("signals[0]");
                            assertThat(v.code()).isEqualTo("intervention.signal.not-assessed");
                            assertThat(v.message()).contains("assess it first");
                        }));
        assertThat(board(coordinator, null).total()).as("nothing was planned").isZero();
        assertThat(signal(unassessed).status()).isEqualTo(SignalStatus.RECEIVED);

        Intervention planned = plan(coordinator, MALBERG, first.id().value());
        assertThat(planned.status()).isEqualTo(InterventionStatus.PLANNED);
        assertThat(planned.owner()).as("the actor owns it by default").isEqualTo(coordinator.accountId());
        assertThat(planned.involvement()).isEqualTo(Involvement.LEAD);
        assertThat(planned.signals()).containsExactly(first.id());
        assertThat(signal(first).status()).isEqualTo(SignalStatus.ACTED);
        assertThat(signal(first).interventionId()).contains(planned.id().value());

        Intervention linked = fixture.useCase(LinkSignalUseCase.class).linkSignal(coordinator,
                new LinkSignalCommand(planned.id().value(), second.id().value(), planned.version()));
        assertThat(signal(second).interventionId()).contains(planned.id().value());
        Signal actedFromTheSignal = fixture.useCase(HandleSignalUseCase.class).handleSignal(coordinator,
                new HandleSignalCommand(third.id().value(), "ACT", null, null, planned.id().value(), null,
                        third.version()));
        assertThat(actedFromTheSignal.status()).isEqualTo(SignalStatus.ACTED);
        Intervention current = stored(planned);
        assertThat(current.signals()).as("both directions end in the same link")
                .containsExactlyInAnyOrder(first.id(), second.id(), third.id());
        assertThat(current.version()).isGreaterThan(linked.version());

        assertThatThrownBy(() -> start(current, "TENSE", 7)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("intervention.capacity.missing"));
        Intervention assessedCapacity = fixture.useCase(AssessCapacityUseCase.class).assessCapacity(coordinator,
                new AssessCapacityCommand(current.id().value(), List.of("Inloop in buurtcentrum De Kring", " "),
                        "MEDIUM", "De buurt draagt gesprekken, maar bereikt de jongeren niet.", current.version()));
        assertThat(assessedCapacity.capacityAssessment()).hasValueSatisfying(c -> {
            assertThat(c.initiatives()).containsExactly("Inloop in buurtcentrum De Kring");
            assertThat(c.drawnAt()).isEqualTo(NOW);
        });

        Intervention started = start(assessedCapacity, "TENSE", 7);
        assertThat(started.status()).isEqualTo(InterventionStatus.ACTIVE);

        InterventionDetails hot = show(coordinator, started);
        assertThat(hot.today()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(hot.temperatures().firstDay()).as("the chart starts 14 days before the start")
                .isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(hot.temperatures().lastDay()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(hot.temperatures().days().get(0).highestLevel()).isEqualTo(Level.CALM);
        assertThat(hot.temperatures().currentLevel()).isEqualTo(Level.HEATED);
        assertThat(hot.exitCriteria()).hasValueSatisfying(c -> assertThat(c.exitLevel()).isEqualTo(Level.TENSE));
        assertThat(hot.withdrawalDecision()).hasValueSatisfying(d -> {
            assertThat(d.allowed()).isFalse();
            assertThat(d.currentLevel()).isEqualTo(Level.HEATED);
            assertThat(d.daysMissing()).isEqualTo(7);
        });
        assertThatThrownBy(() -> withdraw(started, null)).isInstanceOfSatisfying(WithdrawalRefusedException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("intervention.withdrawal.refused");
                    assertThat(e.getMessage()).contains("on 2026-03-02 the scope is HEATED, above the exit level "
                            + "TENSE", "7 more days are needed");
                });

        Intervention monitoring = fixture.useCase(ChangeInvolvementUseCase.class).changeInvolvement(coordinator,
                new ChangeInvolvementCommand(started.id().value(), "MONITOR", "De school neemt de gesprekken over",
                        started.version()));
        assertThat(monitoring.involvement()).isEqualTo(Involvement.MONITOR);

        // 7.5 halves every 14 days: HEATED (5 or more) up to the end of 9 March, TENSE from 10 March
        fixture.clock.advance(Duration.ofDays(10));
        assertThatThrownBy(() -> withdraw(monitoring, "")).isInstanceOfSatisfying(
                WithdrawalRefusedException.class, e -> {
                    assertThat(e.getMessage()).contains("on 2026-03-12 the scope is TENSE and has been at or below "
                            + "the exit level TENSE for 3 days, since 2026-03-10 (on 2026-03-09 it was HEATED)",
                            "4 more days are needed, so 2026-03-16 at the earliest");
                    assertThat(e.decision().daysAtOrBelow()).isEqualTo(3);
                });

        fixture.clock.advance(Duration.ofDays(4));
        assertThat(show(coordinator, monitoring).withdrawalDecision()).hasValueSatisfying(d -> assertThat(
                d.allowed()).as("7 days at or below TENSE, 10 to 16 March").isTrue());
        Intervention withdrawn = withdraw(monitoring, null);
        assertThat(withdrawn.involvement()).isEqualTo(Involvement.WITHDRAWN);
        InvolvementStep step = withdrawn.involvementSteps().get(withdrawn.involvementSteps().size() - 1);
        assertThat(step.justified()).isFalse();
        assertThat(step.withdrawalDecision()).map(WithdrawalDecision::asOf).contains(LocalDate.of(2026, 3, 16));
        assertThat(show(coordinator, withdrawn).withdrawalDecision()).as("nothing to decide once withdrawn").isEmpty();

        assertThatThrownBy(() -> fixture.useCase(CloseInterventionUseCase.class).closeIntervention(coordinator,
                new CloseInterventionCommand(withdrawn.id().value(), "", " ", null, withdrawn.version())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("followUp", "lessons", "outcome"));

        fixture.clock.advance(Duration.ofDays(14));
        Intervention closed = fixture.useCase(CloseInterventionUseCase.class).closeIntervention(coordinator,
                new CloseInterventionCommand(withdrawn.id().value(), "PARTLY", "Eerder de school betrekken",
                        "Over drie maanden opnieuw peilen", withdrawn.version()));
        assertThat(closed.status()).isEqualTo(InterventionStatus.CLOSED);
        Evaluation evaluation = closed.evaluation().orElseThrow();
        assertThat(evaluation.outcome()).isEqualTo(Outcome.PARTLY);
        assertThat(evaluation.computedAtStart().asOf()).isEqualTo(NOW);
        assertThat(evaluation.computedAtStart().highestLevel()).isEqualTo(Level.HEATED);
        assertThat(evaluation.computedAtStart().highestScore()).as("3 × 5 × 1.0 × 0.5 at age 0")
                .isCloseTo(7.5, within(1e-9));
        assertThat(evaluation.computedAtClose().asOf()).isEqualTo(NOW.plus(Duration.ofDays(28)));
        assertThat(evaluation.computedAtClose().highestLevel()).isEqualTo(Level.CALM);
        assertThat(evaluation.computedAtClose().highestScore()).as("7.5 after two half-lives")
                .isCloseTo(1.875, within(1e-9));
        assertThat(evaluation.cooledDown()).isTrue();
        assertThat(closed.timeline()).extracting(e -> e.kind()).containsExactly(Kind.PLANNED, Kind.SIGNAL_LINKED,
                Kind.SIGNAL_LINKED, Kind.CAPACITY_ASSESSED, Kind.STARTED, Kind.INVOLVEMENT_CHANGED, Kind.WITHDRAWN,
                Kind.CLOSED);
        InterventionDetails afterwards = show(coordinator, closed);
        assertThat(afterwards.temperatures().lastDay()).as("the chart ends on the day it closed")
                .isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(afterwards.withdrawalDecision()).isEmpty();
    }

    @Test
    void aJustificationStandsInForTheTemperatureAndIsRecorded() {
        assessed(report(MALBERG, 5));
        assessed(report(MALBERG, 5));
        Intervention started = startedIn(MALBERG);
        Intervention withdrawn = withdraw(started, "De wijkvereniging en de school dragen het nu samen; "
                + "de regisseur blijft bereikbaar.");
        InvolvementStep step = withdrawn.involvementSteps().get(withdrawn.involvementSteps().size() - 1);
        assertThat(step.justified()).isTrue();
        assertThat(step.justification()).startsWith("De wijkvereniging");
        assertThat(step.withdrawalDecision()).hasValueSatisfying(d -> {
            assertThat(d.allowed()).isFalse();
            assertThat(d.currentLevel()).isEqualTo(Level.TENSE);
        });
    }

    @Test
    void theCapacityAssessmentDrawsTheKeyPersonsAndPartnersPresentInTheScopeFromTheNetwork() {
        KeyPerson anna = activeKeyPerson("Anna", MALBERG);
        KeyPerson dewi = activeKeyPerson("Dewi", WYCK);
        KeyPerson candidate = fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand("Bram", null, null, List.of(MALBERG), null, List.of(WIJ_ZIJ), null, null,
                        null, null, null, null, null));
        Partner agent = partner("Wijkagent Malberg", MALBERG, WYCK);
        Partner wyckOnly = partner("Jongerenwerk Wyck", WYCK);
        Intervention planned = plan(coordinator, MALBERG);

        List<PresentMember> present = fixture.useCase(ShowNetworkInScopeUseCase.class).networkInScope(coordinator,
                planned.id().value());
        assertThat(present).extracting(PresentMember::member).containsExactly(anna.asMember(), agent.asMember());
        assertThat(present.get(1).name()).isEqualTo("Wijkagent Malberg");
        assertThat(present.get(1).buurten()).extracting(b -> b.value()).containsExactly(MALBERG);

        Intervention assessed = fixture.useCase(AssessCapacityUseCase.class).assessCapacity(coordinator,
                new AssessCapacityCommand(planned.id().value(), List.of(), "LOW", "Weinig eigen initiatief.",
                        planned.version()));
        assertThat(assessed.capacityAssessment().orElseThrow().presentInScope())
                .containsExactlyInAnyOrder(anna.asMember(), agent.asMember())
                .doesNotContain(dewi.asMember(), candidate.asMember(), wyckOnly.asMember());
        assertThat(assessed.capacityAssessment().orElseThrow().keyPersons()).containsExactly(anna.asMember());
        assertThat(show(coordinator, assessed).memberNames()).containsEntry(anna.asMember(), "Anna");

        Intervention joined = fixture.useCase(AddParticipantUseCase.class).addParticipant(coordinator,
                new ParticipantCommand(assessed.id().value(), "KEY_PERSON", anna.id().value(),
                        "Leidt de gesprekken met ouders", assessed.version()));
        assertThat(joined.participants()).extracting(p -> p.member()).containsExactly(anna.asMember());
        assertThatThrownBy(() -> fixture.useCase(AddParticipantUseCase.class).addParticipant(coordinator,
                new ParticipantCommand(joined.id().value(), "KEY_PERSON", candidate.id().value(), "Helpt mee",
                        joined.version())))
                .as("a candidate has no legal basis for taking part yet")
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::code).containsExactly("intervention.participant.no-basis"));
    }

    @Test
    void rolesTagDynamicsOfTheCaseNeverPersons() {
        Intervention planned = plan(coordinator, MALBERG);
        Intervention tagged = fixture.useCase(TagDynamicUseCase.class).tagDynamic(coordinator, new TagDynamicCommand(
                planned.id().value(), "PUSHER", "Een groep op het schoolplein zet de toon tegen de opvang",
                LocalDate.of(2026, 2, 20), null, planned.version()));
        assertThat(tagged.dynamics()).singleElement().satisfies(d -> assertThat(d.isOngoing()).isTrue());
        assertThatThrownBy(() -> new TagDynamicCommand(planned.id().value(), "LEADER", "",
                LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 1), 1))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("dynamic", "role", "to"));
    }

    @Test
    void aProfessionalSeesInterventionsInTheirBuurtenTheirOwnAndThoseWithATaskForThem() {
        Intervention inMalberg = plan(coordinator, MALBERG);
        Intervention inWyck = plan(coordinator, WYCK);
        Intervention handedOver = fixture.useCase(HandOverInterventionUseCase.class).handOver(coordinator,
                new HandOverCommand(plan(coordinator, "BU09350208").id().value(),
                        wyckProfessional.accountId().value(), 1));

        assertThat(board(wyckProfessional, null).items()).extracting(InterventionSummary::id)
                .containsExactlyInAnyOrder(inWyck.id(), handedOver.id());
        assertThatThrownBy(() -> show(wyckProfessional, inMalberg)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("intervention.not-found"));
        assertThatThrownBy(() -> note(wyckProfessional, inMalberg, "Gesprek gehad"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));

        Intervention withTask = fixture.useCase(AddTaskUseCase.class).addTask(coordinator, new AddTaskCommand(
                inMalberg.id().value(), "Spreek de jongeren bij het winkelcentrum aan",
                wyckProfessional.accountId().value(), LocalDate.of(2026, 3, 9), inMalberg.version()));
        assertThat(show(wyckProfessional, withTask).intervention().id()).isEqualTo(inMalberg.id());
        Intervention noted = note(wyckProfessional, withTask, "Gesprek gehad met twee jongeren");
        Intervention done = fixture.useCase(CompleteTaskUseCase.class).completeTask(wyckProfessional,
                new CompleteTaskCommand(noted.id().value(), noted.tasks().get(0).id().value(), "Ging goed",
                        noted.version()));
        assertThat(done.tasks().get(0).completedBy()).contains(wyckProfessional.accountId());

        assertThatThrownBy(() -> plan(wyckProfessional, WYCK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> start(inWyck, "CALM", 7)).as("as the coordinator it is a refusal of the domain")
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("intervention.capacity.missing"));
        assertThatThrownBy(() -> fixture.useCase(StartInterventionUseCase.class).startIntervention(wyckProfessional,
                new StartInterventionCommand(inWyck.id().value(), "CALM", 7, inWyck.version())))
                .isInstanceOf(AccessDeniedException.class);
        Actor analyst = fixture.actor("analist", "ANALYST");
        assertThatThrownBy(() -> board(analyst, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChangeOnAStaleVersionIsRefused() {
        Intervention planned = plan(coordinator, MALBERG);
        note(coordinator, planned, "Eerste overleg met de wijkagent");
        assertThatThrownBy(() -> note(coordinator, planned, "Tweede overleg"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.STALE));
        assertThat(stored(planned).timeline()).hasSize(2);
    }

    @Test
    void anOpenTaskPastItsDueDayIsOverdueOnThePageAndTheBoard() {
        Intervention planned = plan(coordinator, MALBERG);
        Intervention withTask = fixture.useCase(AddTaskUseCase.class).addTask(coordinator,
                new AddTaskCommand(planned.id().value(), "Bijeenkomst in De Kring voorbereiden",
                        coordinator.accountId().value(), LocalDate.of(2026, 3, 5), planned.version()));
        assertThat(show(coordinator, withTask).overdueTasks()).isEmpty();

        fixture.clock.advance(Duration.ofDays(3));
        assertThat(show(coordinator, withTask).overdueTasks()).as("due on the 5th, it is the 5th").isEmpty();
        fixture.clock.advance(Duration.ofDays(1));
        assertThat(show(coordinator, withTask).overdueTasks()).extracting(t -> t.description())
                .containsExactly("Bijeenkomst in De Kring voorbereiden");
        assertThat(board(coordinator, null).items()).singleElement()
                .satisfies(s -> assertThat(s.overdueTasks()).isEqualTo(1));

        fixture.useCase(CompleteTaskUseCase.class).completeTask(coordinator, new CompleteTaskCommand(
                withTask.id().value(), withTask.tasks().get(0).id().value(), null, withTask.version()));
        assertThat(board(coordinator, null).items().get(0).overdueTasks()).isZero();
    }

    @Test
    void badInputNamesEveryFieldAndDomainRefusalsKeepTheirCodes() {
        assertThatThrownBy(() -> new PlanInterventionCommand(" ", "Bel 06-12345678 voor info", "PARTY",
                List.of("Malberg"), List.of(), null, null, "WITHDRAWN"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("goal", "intervention.personal-data"),
                                org.assertj.core.groups.Tuple.tuple("involvement", "intervention.involvement.start"),
                                org.assertj.core.groups.Tuple.tuple("neighbourhoods[0]", "neighbourhood.code.invalid"),
                                org.assertj.core.groups.Tuple.tuple("themes", "validation.NotEmpty"),
                                org.assertj.core.groups.Tuple.tuple("title", "validation.NotBlank"),
                                org.assertj.core.groups.Tuple.tuple("type", "intervention.type.unknown")));
        assertThatThrownBy(() -> fixture.useCase(PlanInterventionUseCase.class).planIntervention(coordinator,
                new PlanInterventionCommand("Gesprekken", "Weer met elkaar praten", "DIALOGUE",
                        List.of("BU09359999"), List.of("onbekend"), List.of(UUID.randomUUID()), UUID.randomUUID(),
                        null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("neighbourhoods", "owner", "signals[0]", "themes"));
        assertThatThrownBy(() -> new StartInterventionCommand(UUID.randomUUID(), "ESCALATING", 400, 0))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::code)
                        .containsExactly("intervention.exit-days.invalid", "intervention.exit-level.invalid"));

        Intervention planned = plan(coordinator, MALBERG);
        assertThatThrownBy(() -> fixture.useCase(ChangeInvolvementUseCase.class).changeInvolvement(coordinator,
                new ChangeInvolvementCommand(planned.id().value(), "LEAD", "Blijft zo", planned.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("intervention.involvement.unchanged"));
        assertThatThrownBy(() -> withdraw(planned, "Toch"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("intervention.status"));
    }

    @Test
    void aSignalIsTakenUpByOneInterventionAndOnlyOnceAssessed() {
        Signal received = report(MALBERG, 3);
        Intervention one = plan(coordinator, MALBERG);
        assertThatThrownBy(() -> fixture.useCase(LinkSignalUseCase.class).linkSignal(coordinator,
                new LinkSignalCommand(one.id().value(), received.id().value(), one.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("intervention.signal.not-assessed"));
        Signal assessed = assessed(received);
        Intervention linked = fixture.useCase(LinkSignalUseCase.class).linkSignal(coordinator,
                new LinkSignalCommand(one.id().value(), assessed.id().value(), one.version()));
        assertThat(linked.signals()).containsExactly(assessed.id());

        Intervention other = plan(coordinator, MALBERG);
        assertThatThrownBy(() -> fixture.useCase(LinkSignalUseCase.class).linkSignal(coordinator,
                new LinkSignalCommand(other.id().value(), assessed.id().value(), other.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("intervention.signal.taken-up"));
        Signal elsewhere = assessed(report(WYCK, 3));
        assertThatThrownBy(() -> fixture.useCase(HandleSignalUseCase.class).handleSignal(coordinator,
                new HandleSignalCommand(elsewhere.id().value(), "ACT", null, null, other.id().value(), null,
                        elsewhere.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("intervention.signal.outside-scope"));
        assertThat(stored(other).signals()).isEmpty();
        assertThat(signal(elsewhere).status()).isEqualTo(SignalStatus.ASSESSED);
    }

    // ---- helpers

    private Signal report(String buurt, int intensity) {
        return report(buurt, WIJ_ZIJ, intensity);
    }

    private Signal report(String buurt, String theme, int intensity) {
        return fixture.useCase(ReportSignalUseCase.class).reportSignal(coordinator, new ReportSignalCommand(null,
                null, null, "OWN_OBSERVATION", List.of(buurt), List.of(theme), intensity,
                "Spandoeken met wij-zij-leuzen bij het winkelcentrum", null, null));
    }

    private Signal assessed(Signal signal) {
        return fixture.useCase(HandleSignalUseCase.class).handleSignal(coordinator, new HandleSignalCommand(
                signal.id().value(), "ASSESS", "HIGH", "Bevestigd door de wijkagent", null, null, signal.version()));
    }

    private Signal signal(Signal signal) {
        return fixture.persistence.signals().findById(signal.id()).orElseThrow();
    }

    private Intervention stored(Intervention intervention) {
        return fixture.persistence.interventions().findById(intervention.id()).orElseThrow();
    }

    private Intervention plan(Actor actor, String buurt, UUID... signals) {
        return fixture.useCase(PlanInterventionUseCase.class).planIntervention(actor, new PlanInterventionCommand(
                "Gesprekken bij het winkelcentrum", "Jongeren en omwonenden praten weer met elkaar.", "DIALOGUE",
                List.of(buurt), List.of(WIJ_ZIJ), List.of(signals), null, null));
    }

    private Intervention startedIn(String buurt) {
        Intervention planned = plan(coordinator, buurt);
        Intervention assessed = fixture.useCase(AssessCapacityUseCase.class).assessCapacity(coordinator,
                new AssessCapacityCommand(planned.id().value(), List.of(), "HIGH", "De buurt draagt het zelf.",
                        planned.version()));
        return start(assessed, "CALM", 14);
    }

    private Intervention start(Intervention intervention, String exitLevel, int exitDays) {
        return fixture.useCase(StartInterventionUseCase.class).startIntervention(coordinator,
                new StartInterventionCommand(intervention.id().value(), exitLevel, exitDays, intervention.version()));
    }

    private Intervention withdraw(Intervention intervention, String justification) {
        return fixture.useCase(WithdrawUseCase.class).withdraw(coordinator, new WithdrawCommand(
                intervention.id().value(), "De buurt draagt het zelf", justification, intervention.version()));
    }

    private Intervention note(Actor actor, Intervention intervention, String note) {
        return fixture.useCase(AddInterventionNoteUseCase.class).addNote(actor,
                new AddNoteCommand(intervention.id().value(), note, intervention.version()));
    }

    private InterventionDetails show(Actor actor, Intervention intervention) {
        return fixture.useCase(ShowInterventionUseCase.class).showIntervention(actor, intervention.id().value());
    }

    private nl.sleutelnet.domain.shared.Page<InterventionSummary> board(Actor actor, String status) {
        return fixture.useCase(SearchInterventionsUseCase.class).searchInterventions(actor,
                new InterventionQuery(status, null, null, null, null, 0, 50));
    }

    private KeyPerson activeKeyPerson(String name, String buurt) {
        KeyPerson registered = fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(name, null, null, List.of(buurt), null, List.of(WIJ_ZIJ), null, null,
                        null, new LegalBasisInput("CONSENT", LocalDate.of(2026, 1, 15),
                                List.of("NETWORK_CONTACT", "INTERVENTIONS"), "getekend formulier", null),
                        null, null, null));
        return fixture.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                new ChangeStatusCommand(registered.id().value(), "ACTIVE", "Kennismaking", registered.version()));
    }

    private Partner partner(String name, String... buurten) {
        return fixture.useCase(RegisterPartnerUseCase.class).registerPartner(coordinator, new PartnerCommand(null,
                name, "COMMUNITY_POLICE_OFFICER", List.of(buurten), null, null, null, true, 0));
    }
}
