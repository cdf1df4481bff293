package nl.sleutelnet.domain.intervention;

import static nl.sleutelnet.domain.temperature.Level.CALM;
import static nl.sleutelnet.domain.temperature.Level.HEATED;
import static nl.sleutelnet.domain.temperature.Level.TENSE;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.COORDINATOR;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.PLANNED_AT;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.STARTED_AT;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.TENSE_FOR_14_DAYS;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.anIntervention;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.capacity;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.concat;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.days;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Iterables;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.TimelineEntry.Kind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.Test;

class InterventionTest {

    private static final Instant T = STARTED_AT.plusSeconds(3600);
    private static final AccountId PROFESSIONAL = new AccountId(new UUID(8, 8));
    private static final MemberRef KEY_PERSON = MemberRef.keyPerson(new UUID(1, 2));
    private static final MemberRef WIJKAGENT = MemberRef.partner(new UUID(3, 4));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    private static Instant day(int n) {
        return STARTED_AT.plusSeconds(n * 86_400L);
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void aPlannedInterventionStartsWithTheMunicipalityInvolvedAndOneTimelineEntry() {
        Intervention planned = anIntervention().build();

        assertThat(planned.status()).isEqualTo(InterventionStatus.PLANNED);
        assertThat(planned.involvement()).isEqualTo(Involvement.LEAD);
        assertThat(planned.involvementSteps()).singleElement().satisfies(step -> {
            assertThat(step.previous()).isEmpty();
            assertThat(step.reason()).isEqualTo(Intervention.PLANNED_REASON);
        });
        assertThat(planned.timeline()).extracting(TimelineEntry::kind).containsExactly(Kind.PLANNED);
        assertThat(planned.plannedAt()).isEqualTo(PLANNED_AT);
        assertThat(planned.version()).isZero();
        assertThatThrownBy(() -> anIntervention().withInvolvement(Involvement.WITHDRAWN).build())
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.involvement.start"));
    }

    @Test
    void aScopeNamesBuurtenAndThemes() {
        assertThatThrownBy(() -> new Scope(Set.of(), Set.of(ThemeCode.of("wij-zij"))))
                .hasMessage("Name at least one buurt the intervention works in.");
        assertThatThrownBy(() -> new Scope(Set.of(NeighbourhoodCode.of("BU09350207")), Set.of()))
                .hasMessage("Name at least one theme the intervention works on.");
        assertThat(anIntervention().in("BU09350208", "BU09350207").about("wij-zij").scope())
                .hasToString("BU09350207, BU09350208 × wij-zij");
    }

    @Test
    void startingNeedsACapacityAssessmentAndSetsTheExitCriteria() {
        Intervention planned = anIntervention().build();
        assertThatThrownBy(() -> planned.start(TENSE_FOR_14_DAYS, T, COORDINATOR))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("intervention.capacity.missing");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).startsWith("Assess what the neighbourhood can carry itself");
                });

        Intervention started = planned.assessCapacity(capacity(PLANNED_AT), T, COORDINATOR)
                .start(TENSE_FOR_14_DAYS, T.plusSeconds(60), COORDINATOR);
        assertThat(started.status()).isEqualTo(InterventionStatus.ACTIVE);
        assertThat(started.exitCriteria()).contains(TENSE_FOR_14_DAYS);
        assertThat(started.startedAt()).contains(T.plusSeconds(60));
        assertThat(started.lastEntry(Kind.CAPACITY_ASSESSED)).get().satisfies(e -> {
            assertThat(e.at()).isEqualTo(T);
            assertThat(e.actor()).isEqualTo(COORDINATOR);
        });
        assertThatThrownBy(() -> started.start(TENSE_FOR_14_DAYS, T.plusSeconds(120), COORDINATOR))
                .hasMessage("An intervention that is ACTIVE cannot become ACTIVE; possible: CLOSED.");
    }

    @Test
    void theCapacityAssessmentKeepsWhatTheNetworkWasWhenItWasDrawn() {
        CapacityAssessment assessment = new CapacityAssessment(List.of("  Buurtcentrum De Kring ", "", "Moedergroep"),
                Set.of(WIJKAGENT, KEY_PERSON), PLANNED_AT, Capacity.LOW, "Weinig draagkracht.");

        assertThat(assessment.initiatives()).containsExactly("Buurtcentrum De Kring", "Moedergroep");
        assertThat(assessment.keyPersons()).containsExactly(KEY_PERSON);
        assertThat(assessment.partners()).containsExactly(WIJKAGENT);
        Intervention planned = anIntervention().build();
        assertThatThrownBy(() -> planned.assessCapacity(capacity(T.plusSeconds(1)), T, COORDINATOR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.capacity.drawn-later"));
        assertThatThrownBy(() -> new CapacityAssessment(List.of("Bel 06-12345678"), Set.of(), PLANNED_AT,
                Capacity.LOW, "Weinig")).satisfies(e -> assertThat(code(e)).isEqualTo("intervention.personal-data"));
    }

    @Test
    void theScopeIsChangedOnlyWhilePlanned() {
        Scope wider = anIntervention().in("BU09350207", "BU09350208").scope();
        Intervention planned = anIntervention().build().changeScope(wider, T, COORDINATOR);
        assertThat(planned.scope()).isEqualTo(wider);
        assertThat(planned.lastEntry(Kind.SCOPE_CHANGED)).get().extracting(TimelineEntry::note)
                .isEqualTo("BU09350207, BU09350208 × wij-zij");

        Intervention started = anIntervention().started().build();
        assertThatThrownBy(() -> started.changeScope(wider, T, COORDINATOR))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("intervention.status");
                    assertThat(e.getMessage()).startsWith("This intervention is ACTIVE; you can only change the scope "
                            + "of a PLANNED intervention.");
                });
    }

    @Test
    void participantsTakePartOnceWithTheirPartDescribed() {
        Intervention with = anIntervention().build()
                .addParticipant(new Participant(KEY_PERSON, "Leidt de gesprekken met ouders"), T, COORDINATOR)
                .addParticipant(new Participant(WIJKAGENT, "Is aanwezig bij de bijeenkomst"), T, COORDINATOR);
        assertThat(with.participants()).extracting(Participant::member).containsExactly(KEY_PERSON, WIJKAGENT);
        assertThat(with.lastEntry(Kind.PARTICIPANT_ADDED)).get().satisfies(e -> {
            assertThat(e.note()).isEqualTo("Is aanwezig bij de bijeenkomst");
            assertThat(e.about()).contains(WIJKAGENT.id());
        });

        assertThatThrownBy(() -> with.addParticipant(new Participant(KEY_PERSON, "Nog eens"), T, COORDINATOR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.participant.exists"));
        Intervention changed = with.changeParticipant(new Participant(KEY_PERSON, "Leidt ook de nazorg"), T,
                COORDINATOR);
        assertThat(changed.participant(KEY_PERSON)).get().extracting(Participant::part)
                .isEqualTo("Leidt ook de nazorg");
        Intervention fewer = changed.removeParticipant(WIJKAGENT, "", T, COORDINATOR);
        assertThat(fewer.participants()).extracting(Participant::member).containsExactly(KEY_PERSON);
        assertThatThrownBy(() -> fewer.removeParticipant(WIJKAGENT, "", T, COORDINATOR))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> new Participant(KEY_PERSON, " ")).hasMessage("The part of a participant is required.");
    }

    @Test
    void aTaskIsOverdueWhenOpenAndDueBeforeToday() {
        TaskId late = new TaskId(UUID.randomUUID());
        TaskId dueToday = new TaskId(UUID.randomUUID());
        Intervention with = anIntervention().started().build()
                .addTask(late, "Zaal regelen", PROFESSIONAL, TODAY.minusDays(1), T, COORDINATOR)
                .addTask(dueToday, "Uitnodiging versturen", PROFESSIONAL, TODAY, T, COORDINATOR);

        assertThat(with.overdueTasks(TODAY)).extracting(Task::id).containsExactly(late);
        Intervention done = with.completeTask(late, "Zaal van De Kring", T.plusSeconds(60), PROFESSIONAL);
        assertThat(done.overdueTasks(TODAY)).isEmpty();
        assertThat(done.overdueTasks(TODAY.plusDays(1))).extracting(Task::id).containsExactly(dueToday);
        assertThat(done.task(late)).get().satisfies(t -> {
            assertThat(t.completedAt()).contains(T.plusSeconds(60));
            assertThat(t.completedBy()).contains(PROFESSIONAL);
        });
        assertThat(done.openTasks()).extracting(Task::id).containsExactly(dueToday);
    }

    @Test
    void tasksAreCompletedOnceChangedWhileOpenAndReopenedWithAReason() {
        TaskId id = new TaskId(UUID.randomUUID());
        Intervention done = anIntervention().build().addTask(id, "Zaal regelen", PROFESSIONAL, TODAY, T, COORDINATOR)
                .completeTask(id, "", T, PROFESSIONAL);

        assertThatThrownBy(() -> done.completeTask(id, "", T, PROFESSIONAL))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.task.done"));
        assertThatThrownBy(() -> done.changeTask(id, "Andere zaal", PROFESSIONAL, TODAY, T, COORDINATOR))
                .hasMessage("The task 'Zaal regelen' is done; reopen it to change it.");
        assertThatThrownBy(() -> done.reopenTask(id, " ", T, COORDINATOR))
                .hasMessage("The reason to reopen a task is required.");
        Intervention reopened = done.reopenTask(id, "De zaal ging niet door", T, COORDINATOR)
                .changeTask(id, "Andere zaal regelen", COORDINATOR, TODAY.plusDays(3), T, COORDINATOR);
        assertThat(reopened.task(id)).get().satisfies(t -> {
            assertThat(t.isDone()).isFalse();
            assertThat(t.description()).isEqualTo("Andere zaal regelen");
            assertThat(t.assignee()).isEqualTo(COORDINATOR);
            assertThat(t.due()).isEqualTo(TODAY.plusDays(3));
        });
        assertThatThrownBy(() -> reopened.completeTask(new TaskId(UUID.randomUUID()), "", T, COORDINATOR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.task.not-found"));
    }

    @Test
    void freeTextIsScreenedForPersonalIdentifiersWithTheInterventionsOwnCode() {
        Intervention planned = anIntervention().build();
        assertThatThrownBy(() -> planned.addTask(new TaskId(UUID.randomUUID()), "Bel de moeder op 06-12345678",
                PROFESSIONAL, TODAY, T, COORDINATOR)).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("intervention.personal-data");
                    assertThat(e.getMessage()).isEqualTo("The description of a task contains a phone number (06-… at "
                            + "position 18). Remove it: an intervention describes a dynamic in a neighbourhood and "
                            + "the work done on it, never who someone is or how to reach them.");
                });
        assertThatThrownBy(() -> planned.addNote("Zie jan@example.org", T, COORDINATOR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.personal-data"));
        assertThatThrownBy(() -> new Intervention.Description("x".repeat(121), "Doel", InterventionType.MEETING))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("intervention.text.invalid");
                    assertThat(e.getMessage()).isEqualTo("The title may be at most 120 characters; it has 121.");
                });
    }

    @Test
    void signalsThatLedToItAreLinkedOnce() {
        SignalId signal = new SignalId(UUID.randomUUID());
        Intervention preventive = anIntervention().withoutSignals().build();
        assertThat(preventive.signals()).isEmpty();
        Intervention linked = preventive.linkSignal(signal, T, COORDINATOR);
        assertThat(linked.signals()).containsExactly(signal);
        assertThat(linked.lastEntry(Kind.SIGNAL_LINKED)).get().extracting(TimelineEntry::subject)
                .isEqualTo(signal.value());
        assertThatThrownBy(() -> linked.linkSignal(signal, T, COORDINATOR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.signal.linked"));
    }

    @Test
    void theInvolvementMovesUpAndDownByAnyNumberOfLevelsEachStepWithReasonAndActor() {
        Intervention started = anIntervention().started().build();

        Intervention monitoring = started.changeInvolvement(Involvement.MONITOR, "Buurtnetwerk neemt het over", T,
                PROFESSIONAL);
        assertThat(monitoring.involvement()).isEqualTo(Involvement.MONITOR);
        InvolvementStep step = monitoring.involvementSteps().get(1);
        assertThat(step).isEqualTo(new InvolvementStep(Involvement.LEAD, Involvement.MONITOR, T,
                "Buurtnetwerk neemt het over", PROFESSIONAL, null, ""));
        assertThat(step.isStepDown()).isTrue();
        int index = monitoring.timeline().size() - 1;
        assertThat(monitoring.timeline().get(index).kind()).isEqualTo(Kind.INVOLVEMENT_CHANGED);
        assertThat(monitoring.involvementStepAt(index)).contains(step);
        assertThat(monitoring.involvementStepAt(0)).isEmpty();

        Intervention leadingAgain = monitoring.changeInvolvement(Involvement.LEAD, "Nieuwe onrust", T, COORDINATOR);
        assertThat(leadingAgain.involvementSteps()).extracting(InvolvementStep::to)
                .containsExactly(Involvement.LEAD, Involvement.MONITOR, Involvement.LEAD);
        assertThatThrownBy(() -> leadingAgain.changeInvolvement(Involvement.LEAD, "Nog steeds", T, COORDINATOR))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("intervention.involvement.unchanged");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("The involvement is already LEAD; choose another level.");
                });
        assertThatThrownBy(() -> leadingAgain.changeInvolvement(Involvement.CONTRIBUTE, "", T, COORDINATOR))
                .hasMessage("The reason for a change of involvement is required.");
        assertThatThrownBy(() -> leadingAgain.changeInvolvement(Involvement.WITHDRAWN, "Klaar", T, COORDINATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use withdraw");
    }

    @Test
    void withdrawalIsRefusedWhileTheScopeIsStillHeatedSayingWhatIsMissing() {
        Intervention monitoring = anIntervention().started().build()
                .changeInvolvement(Involvement.MONITOR, "Afschalen", T, COORDINATOR);
        ScopeSeries heated = series(monitoring.scope(), TODAY, concat(days(CALM, 13), days(HEATED, 1)));

        WithdrawalDecision decision = monitoring.withdrawalDecision(heated);
        assertThat(decision.allowed()).isFalse();
        assertThatThrownBy(() -> monitoring.withdraw(heated, "Terugtrekken", "", day(17), COORDINATOR))
                .isInstanceOfSatisfying(WithdrawalRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("intervention.withdrawal.refused");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.decision()).isEqualTo(decision);
                    assertThat(e.getMessage()).isEqualTo("Withdrawal is not allowed yet: on 2026-03-20 the scope is "
                            + "HEATED, above the exit level TENSE. It must stay at or below TENSE for 14 days in a "
                            + "row: 14 more days are needed, so 2026-04-03 at the earliest. Wait, or record a "
                            + "justification for stepping back now.");
                });
        ScopeSeries cooling = series(monitoring.scope(), TODAY, concat(days(HEATED, 6), days(TENSE, 8)));
        assertThatThrownBy(() -> monitoring.withdraw(cooling, "Terugtrekken", null, day(17), COORDINATOR))
                .hasMessageContaining("6 more days are needed");
    }

    @Test
    void withdrawalIsAllowedAfterTheExitPeriodAndKeepsTheDecision() {
        Intervention monitoring = anIntervention().started().build()
                .changeInvolvement(Involvement.MONITOR, "Afschalen", T, COORDINATOR);
        ScopeSeries calm = series(monitoring.scope(), TODAY, concat(days(HEATED, 2), days(TENSE, 14)));

        Intervention withdrawn = monitoring.withdraw(calm, "De buurt draagt het zelf", "", day(17), COORDINATOR);

        assertThat(withdrawn.involvement()).isEqualTo(Involvement.WITHDRAWN);
        InvolvementStep step = withdrawn.involvementSteps().get(2);
        assertThat(step.withdrawalDecision()).contains(WithdrawalRule.decide(TENSE_FOR_14_DAYS, calm));
        assertThat(step.justified()).isFalse();
        assertThat(withdrawn.lastEntry(Kind.WITHDRAWN)).get().extracting(TimelineEntry::note)
                .isEqualTo("De buurt draagt het zelf");
        assertThatThrownBy(() -> withdrawn.withdraw(calm, "Nog eens", "", day(18), COORDINATOR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.involvement.unchanged"));
        Intervention backUp = withdrawn.changeInvolvement(Involvement.CONTRIBUTE, "Spanning keert terug", day(20),
                COORDINATOR);
        assertThat(backUp.involvement()).isEqualTo(Involvement.CONTRIBUTE);
    }

    @Test
    void withdrawalBeforeTheCriteriaAreMetNeedsARecordedJustification() {
        Intervention leading = anIntervention().started().build();
        ScopeSeries heated = series(leading.scope(), TODAY, concat(days(CALM, 13), days(HEATED, 1)));

        Intervention withdrawn = leading.withdraw(heated, "Overgedragen", "De wijkagent en het jongerenwerk nemen "
                + "het over; de spanning gaat over de opvang, niet over de buurt.", day(17), COORDINATOR);

        InvolvementStep step = Iterables.getLast(withdrawn.involvementSteps());
        assertThat(step.from()).isEqualTo(Involvement.LEAD);
        assertThat(step.justified()).isTrue();
        assertThat(step.justification()).startsWith("De wijkagent");
        assertThat(step.decision().currentLevel()).isEqualTo(HEATED);
        assertThatThrownBy(() -> new InvolvementStep(Involvement.LEAD, Involvement.WITHDRAWN, T, "Weg", COORDINATOR,
                step.decision(), "")).satisfies(e -> assertThat(code(e))
                        .isEqualTo("intervention.withdrawal.justification.missing"));
        assertThatThrownBy(() -> leading.withdraw(heated, "Weg", "Bel 06-12345678", day(17), COORDINATOR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.personal-data"));
    }

    @Test
    void withdrawalNeedsAStartedInterventionAndTheTemperaturesOfItsScope() {
        Intervention planned = anIntervention().build();
        ScopeSeries calm = series(planned.scope(), TODAY, days(CALM, 14));
        assertThatThrownBy(() -> planned.withdrawalDecision(calm)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessage()).isEqualTo("This intervention is PLANNED; you can only step back from "
                        + "an ACTIVE intervention. The exit criteria are agreed when the intervention starts; start "
                        + "it first."));
        Intervention started = anIntervention().started().build();
        ScopeSeries elsewhere = series(anIntervention().in("BU09350208").scope(), TODAY, days(CALM, 14));
        assertThatThrownBy(() -> started.withdrawalDecision(elsewhere)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingNeedsAnEvaluationWithTheTemperaturesComputedAtStartAndClose() {
        Intervention started = anIntervention().started().build();
        Instant closing = day(30);
        ScopeTemperature atStart = new ScopeTemperature(STARTED_AT, HEATED, 6.2);
        ScopeTemperature atClose = new ScopeTemperature(closing, CALM, 0.4);
        Evaluation evaluation = new Evaluation(Outcome.EFFECTIVE, "Vroeg de school betrekken.",
                "Over drie maanden opnieuw peilen.", atStart, atClose);

        assertThatThrownBy(() -> anIntervention().build().close(evaluation, closing, COORDINATOR))
                .hasMessage("An intervention that is PLANNED cannot become CLOSED; possible: ACTIVE.");
        assertThatThrownBy(() -> started.close(new Evaluation(Outcome.EFFECTIVE, "Les", "Vervolg",
                new ScopeTemperature(PLANNED_AT, HEATED, 6.2), atClose), closing, COORDINATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the moment it started");
        assertThatThrownBy(() -> started.close(evaluation, closing.plusSeconds(1), COORDINATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the closing moment");
        assertThatThrownBy(() -> new Evaluation(Outcome.UNKNOWN, "", "Vervolg", atStart, atClose))
                .hasMessage("The lessons learned is required.");

        Intervention closed = started.close(evaluation, closing, COORDINATOR);
        assertThat(closed.status()).isEqualTo(InterventionStatus.CLOSED);
        assertThat(closed.evaluation()).contains(evaluation);
        assertThat(evaluation.cooledDown()).isTrue();
        assertThat(closed.closedAt()).contains(closing);
        assertThat(Intervention.reconstitute(closed.snapshot())).isEqualTo(closed);
    }

    @Test
    void nothingChangesAfterClosing() {
        Instant closing = day(30);
        Intervention closed = anIntervention().started().build().close(new Evaluation(Outcome.PARTLY, "Les",
                "Vervolg", new ScopeTemperature(STARTED_AT, TENSE, 3), new ScopeTemperature(closing, TENSE, 2.5)),
                closing, COORDINATOR);

        assertThatThrownBy(() -> closed.addNote("Nog iets", day(31), COORDINATOR))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("intervention.closed");
                    assertThat(e.getMessage()).isEqualTo("This intervention is closed; you cannot add a note to it. "
                            + "Plan a new intervention if the tension returns.");
                });
        assertThatThrownBy(() -> closed.changeInvolvement(Involvement.LEAD, "Weer", day(31), COORDINATOR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.closed"));
        assertThatThrownBy(() -> closed.withdrawalDecision(series(closed.scope(), TODAY, days(CALM, 14))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.closed"));
        TaskId task = new TaskId(UUID.randomUUID());
        Intervention withTask = anIntervention().started().build().addTask(task, "Zaal", PROFESSIONAL, TODAY, T,
                COORDINATOR);
        Intervention closedWithOpenTask = withTask.close(new Evaluation(Outcome.UNKNOWN, "Les", "Vervolg",
                new ScopeTemperature(STARTED_AT, TENSE, 3), new ScopeTemperature(closing, TENSE, 2.5)), closing,
                COORDINATOR);
        assertThat(closedWithOpenTask.overdueTasks(TODAY.plusDays(30))).isEmpty();
    }

    @Test
    void dynamicsAreTaggedWithARoleAndAPeriod() {
        DynamicTag pushers = new DynamicTag(new DynamicTagId(UUID.randomUUID()), PolarisationRole.PUSHER,
                "Op het schoolplein zet een groep de toon tegen de opvang", LocalDate.of(2026, 3, 1), null);
        Intervention tagged = anIntervention().build().tagDynamic(pushers, T, COORDINATOR);
        assertThat(tagged.dynamics()).containsExactly(pushers);
        assertThat(pushers.isOngoing()).isTrue();
        assertThat(tagged.removeDynamic(pushers.id(), "Niet meer zo", T, COORDINATOR).dynamics()).isEmpty();
        assertThatThrownBy(() -> new DynamicTag(new DynamicTagId(UUID.randomUUID()), PolarisationRole.SILENT_MIDDLE,
                "De middengroep zwijgt", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.dynamic.period"));
    }

    @Test
    void whatHappensIsRecordedInTimeOrder() {
        Intervention planned = anIntervention().build();
        assertThatThrownBy(() -> planned.addNote("Eerder", PLANNED_AT.minusSeconds(1), COORDINATOR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.timeline.order"));
        assertThatThrownBy(() -> planned.handOver(COORDINATOR, T, COORDINATOR))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intervention.owner.unchanged"));
        Intervention handedOver = planned.handOver(PROFESSIONAL, T, COORDINATOR);
        assertThat(handedOver.owner()).isEqualTo(PROFESSIONAL);
        assertThat(handedOver.lastEntry(Kind.OWNER_CHANGED)).get().extracting(TimelineEntry::subject)
                .isEqualTo(PROFESSIONAL.value());
    }

    @Test
    void theWholeCaseFromPlanToEvaluationIsOnTheTimeline() {
        TaskId task = new TaskId(UUID.randomUUID());
        Scope scope = anIntervention().scope();
        Instant closing = day(40);
        Intervention closed = anIntervention().build()
                .addParticipant(new Participant(KEY_PERSON, "Leidt de gesprekken"), T, COORDINATOR)
                .addTask(task, "Bijeenkomst voorbereiden", PROFESSIONAL, TODAY, T, COORDINATOR)
                .assessCapacity(capacity(T), T, COORDINATOR)
                .start(TENSE_FOR_14_DAYS, day(1), COORDINATOR)
                .completeTask(task, "", day(2), PROFESSIONAL)
                .changeInvolvement(Involvement.MONITOR, "Buurt neemt het over", day(5), COORDINATOR)
                .withdraw(series(scope, LocalDate.of(2026, 3, 31), concat(days(HEATED, 3), days(CALM, 14))),
                        "Rustig", "", day(28), COORDINATOR)
                .addNote("Buurtfeest zonder incidenten", day(35), COORDINATOR)
                .close(new Evaluation(Outcome.EFFECTIVE, "Les", "Vervolg", new ScopeTemperature(day(1), HEATED, 6),
                        new ScopeTemperature(closing, CALM, 0.5)), closing, COORDINATOR);

        assertThat(closed.timeline()).extracting(TimelineEntry::kind).containsExactly(Kind.PLANNED,
                Kind.PARTICIPANT_ADDED, Kind.TASK_ADDED, Kind.CAPACITY_ASSESSED, Kind.STARTED, Kind.TASK_DONE,
                Kind.INVOLVEMENT_CHANGED, Kind.WITHDRAWN, Kind.NOTE_ADDED, Kind.CLOSED);
        assertThat(closed.involvementSteps()).extracting(InvolvementStep::to).containsExactly(Involvement.LEAD,
                Involvement.MONITOR, Involvement.WITHDRAWN);
        assertThat(Intervention.reconstitute(closed.snapshot())).isEqualTo(closed);
    }
}
