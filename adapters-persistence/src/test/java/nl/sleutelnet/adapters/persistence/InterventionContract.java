package nl.sleutelnet.adapters.persistence;

import static nl.sleutelnet.domain.testdata.InterventionBuilder.COORDINATOR;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.STARTED_AT;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.anIntervention;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.concat;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.days;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.application.port.out.InterventionRepository.Search;
import nl.sleutelnet.application.port.out.InterventionRepository.VisibleTo;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.Capacity;
import nl.sleutelnet.domain.intervention.CapacityAssessment;
import nl.sleutelnet.domain.intervention.ExitCriteria;
import nl.sleutelnet.domain.intervention.InterventionId;
import nl.sleutelnet.domain.intervention.InterventionType;
import nl.sleutelnet.domain.intervention.InvolvementStep;
import nl.sleutelnet.domain.intervention.Scope;
import nl.sleutelnet.domain.intervention.Task;
import nl.sleutelnet.domain.intervention.WithdrawalDecision;
import nl.sleutelnet.domain.testdata.InterventionBuilder;
import nl.sleutelnet.domain.intervention.DynamicTag;
import nl.sleutelnet.domain.intervention.DynamicTagId;
import nl.sleutelnet.domain.intervention.Evaluation;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionStatus;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.intervention.Outcome;
import nl.sleutelnet.domain.intervention.Participant;
import nl.sleutelnet.domain.intervention.PolarisationRole;
import nl.sleutelnet.domain.intervention.ScopeTemperature;
import nl.sleutelnet.domain.intervention.TaskId;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every persistence adapter must do with interventions; run on memory, H2 and PostgreSQL. A full intervention (every
 * part filled, parts removed again, a justified and an allowed withdrawal, closed with its evaluation) reads back equal
 * at every stage.
 */
public abstract class InterventionContract {

    private static final AccountId PROFESSIONAL = new AccountId(new UUID(8, 8));
    private static final Instant DAY = STARTED_AT;

    protected Persistence store;

    protected abstract Persistence freshInstallation();

    @BeforeEach
    void install() {
        store = freshInstallation();
    }

    @Test
    void anInterventionRoundTripsThroughItsWholeLife() {
        Intervention planned = anIntervention().in("BU09350207", "BU09350208").about("wij-zij", "religie").build();
        Intervention saved = store.interventions().save(planned);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.snapshot()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(planned.snapshot());

        TaskId task = new TaskId(UUID.randomUUID());
        Instant t = DAY.plusSeconds(3600);
        Intervention running = saved.assessCapacity(anInterventionCapacity(DAY.minusSeconds(600)),
                DAY.minusSeconds(60), COORDINATOR)
                .addParticipant(new Participant(MemberRef.partner(new UUID(2, 2)), "Leidt de gesprekken"), DAY,
                        COORDINATOR)
                .start(new nl.sleutelnet.domain.intervention.ExitCriteria(Level.TENSE, 3), DAY, COORDINATOR)
                .addTask(task, "Gesprek met de school plannen", PROFESSIONAL, LocalDate.of(2026, 3, 10), t,
                        COORDINATOR)
                .completeTask(task, "Gepland op dinsdag", t.plusSeconds(60), PROFESSIONAL)
                .tagDynamic(new DynamicTag(new DynamicTagId(UUID.randomUUID()), PolarisationRole.BRIDGE_BUILDER,
                        "De moedergroep zoekt beide kanten op", LocalDate.of(2026, 3, 3), null), t.plusSeconds(120),
                        COORDINATOR)
                .linkSignal(new SignalId(UUID.randomUUID()), t.plusSeconds(180), COORDINATOR)
                .addNote("Eerste bijeenkomst gehouden", t.plusSeconds(240), COORDINATOR)
                .changeInvolvement(Involvement.MONITOR, "De school neemt het over", t.plusSeconds(300), COORDINATOR);
        Intervention second = store.interventions().save(running);
        assertThat(second.version()).isEqualTo(2);
        Instant later = t.plus(Duration.ofDays(10));
        Intervention withdrawn = second.withdraw(series(second.scope(), LocalDate.of(2026, 3, 13),
                concat(days(Level.HEATED, 1), days(Level.CALM, 3))), "De buurt draagt het zelf", "", later,
                COORDINATOR);
        Instant closing = later.plusSeconds(3600);
        Intervention closed = store.interventions().save(withdrawn.close(new Evaluation(Outcome.PARTLY,
                "Vroeg de school betrekken", "Over drie maanden opnieuw peilen",
                new ScopeTemperature(DAY, Level.HEATED, 6.5), new ScopeTemperature(closing, Level.CALM, 0.75)),
                closing, COORDINATOR));

        assertThat(closed.version()).isEqualTo(3);
        assertThat(store.interventions().findById(planned.id())).contains(closed);
        Intervention read = store.interventions().findById(planned.id()).orElseThrow();
        assertThat(read.snapshot()).usingRecursiveComparison().isEqualTo(closed.snapshot());
        assertThat(read.involvementSteps().get(read.involvementSteps().size() - 1).withdrawalDecision())
                .hasValueSatisfying(d -> assertThat(d.allowed()).isTrue());
        assertThat(read.timeline()).hasSize(closed.timeline().size());
        assertThatThrownBy(() -> store.interventions().save(second.addNote("Te laat", closing, COORDINATOR)))
                .as("a change on a version that is no longer stored").isInstanceOf(StaleVersionException.class);
        assertThat(store.interventions().findById(planned.id())).as("the refused save changed nothing")
                .contains(closed);
    }

    @Test
    void aFullInterventionRoundTripsEqualAtEveryStage() {
        AccountId other = new AccountId(new UUID(9, 9));
        MemberRef keyPerson = MemberRef.keyPerson(new UUID(1, 1));
        MemberRef partner = MemberRef.partner(new UUID(2, 2));
        MemberRef leaving = MemberRef.partner(new UUID(3, 3));
        SignalId first = new SignalId(new UUID(-1L, 5));
        SignalId second = new SignalId(new UUID(4, 4));
        Clock clock = new Clock(InterventionBuilder.PLANNED_AT.plusNanos(123_456_000));

        Intervention planned = Intervention.plan(new InterventionId(UUID.randomUUID()),
                new Intervention.Description("T".repeat(Intervention.MAX_TITLE), longText("Doel: één gesprek", 2000),
                        InterventionType.MEDIATION),
                Scope.of(Set.of(NeighbourhoodCode.of("BU09350207"), NeighbourhoodCode.of("BU09350208")),
                        Set.of(ThemeCode.of("wij-zij"), ThemeCode.of("religie"))),
                Set.of(first, second), COORDINATOR, Involvement.CONTRIBUTE, clock.next(), COORDINATOR);
        Intervention v1 = savedEqual(planned);

        TaskId done = new TaskId(new UUID(-5L, 1));
        TaskId reopened = new TaskId(new UUID(5, 2));
        TaskId open = new TaskId(new UUID(5, 3));
        DynamicTagId ongoing = new DynamicTagId(new UUID(6, 1));
        DynamicTagId ended = new DynamicTagId(new UUID(6, 2));
        DynamicTagId removed = new DynamicTagId(new UUID(6, 3));
        Intervention prepared = v1
                .changeScope(Scope.of(Set.of(NeighbourhoodCode.of("BU09350207"), NeighbourhoodCode.of("BU09350208"),
                        NeighbourhoodCode.of("BU09350101")), Set.of(ThemeCode.of("wij-zij"), ThemeCode.of("religie"))),
                        clock.next(), COORDINATOR)
                .describe(new Intervention.Description("Bemiddeling rond het plein", "Rust op het plein",
                        InterventionType.DIALOGUE), clock.next(), COORDINATOR)
                .handOver(other, clock.next(), COORDINATOR)
                .changeInvolvement(Involvement.LEAD, "De school vraagt om regie", clock.next(), COORDINATOR)
                .linkSignal(new SignalId(new UUID(4, 5)), clock.next(), other)
                .addParticipant(new Participant(keyPerson, "Opent de gesprekken"), clock.next(), COORDINATOR)
                .addParticipant(new Participant(partner, "Stelt de zaal beschikbaar"), clock.next(), COORDINATOR)
                .addParticipant(new Participant(leaving, "Bewaakt de planning"), clock.next(), COORDINATOR)
                .changeParticipant(new Participant(keyPerson, "Leidt de gesprekken met ouders"), clock.next(),
                        COORDINATOR)
                .removeParticipant(leaving, "Geen tijd meer", clock.next(), COORDINATOR)
                .addTask(done, "Zaal reserveren", PROFESSIONAL, LocalDate.of(2026, 3, 5), clock.next(), COORDINATOR)
                .addTask(reopened, "Uitnodiging versturen", other, LocalDate.of(2026, 3, 6), clock.next(), COORDINATOR)
                .addTask(open, longText("Verslag", Task.MAX_DESCRIPTION), PROFESSIONAL, LocalDate.of(2026, 3, 9),
                        clock.next(), COORDINATOR)
                .completeTask(done, "Zaal is vrij op dinsdag", clock.next(), PROFESSIONAL)
                .completeTask(reopened, "", clock.next(), other)
                .reopenTask(reopened, "De datum schuift", clock.next(), COORDINATOR)
                .tagDynamic(new DynamicTag(ongoing, PolarisationRole.PUSHER, "Een groep op het plein zet de toon",
                        LocalDate.of(2026, 2, 20), null), clock.next(), COORDINATOR)
                .tagDynamic(new DynamicTag(ended, PolarisationRole.SILENT_MIDDLE, longText("De middengroep zwijgt",
                        DynamicTag.MAX_DYNAMIC), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)), clock.next(),
                        COORDINATOR)
                .tagDynamic(new DynamicTag(removed, PolarisationRole.SCAPEGOAT, "De buurtvereniging krijgt de schuld",
                        LocalDate.of(2026, 2, 25), LocalDate.of(2026, 2, 25)), clock.next(), COORDINATOR)
                .removeDynamic(removed, "Past niet meer", clock.next(), COORDINATOR)
                .addNote(longText("Overleg", Intervention.MAX_NOTE), clock.next(), other);
        Instant drawn = clock.next();
        prepared = prepared.assessCapacity(new CapacityAssessment(List.of("Inloop in De Kring", "Moedergroep",
                "Sportclub MVV-jeugd"), Set.of(keyPerson, partner, MemberRef.keyPerson(new UUID(-7L, 7))), drawn,
                Capacity.LOW, longText("De buurt draagt weinig zelf", 2000)), clock.next(), COORDINATOR);
        Intervention v2 = savedEqual(prepared);

        Instant started = clock.next();
        Intervention running = v2.start(new ExitCriteria(Level.TENSE, 3), started, COORDINATOR)
                .assessCapacity(new CapacityAssessment(List.of("Inloop in De Kring"), Set.of(partner), clock.next(),
                        Capacity.HIGH, "Het plein draagt het nu zelf"), clock.next(), COORDINATOR)
                .changeInvolvement(Involvement.MONITOR, "De school neemt het over", clock.next(), COORDINATOR);
        LocalDate today = LocalDate.of(2026, 3, 20);
        Intervention justified = running.withdraw(series(running.scope(), today,
                concat(days(Level.HEATED, 2), days(Level.CALM, 2))), "We stappen terug",
                longText("De wijkagent blijft dagelijks aanwezig", 2000), clock.next(), COORDINATOR);
        Intervention v3 = savedEqual(justified);
        InvolvementStep justifiedStep = v3.involvementSteps().get(v3.involvementSteps().size() - 1);
        assertThat(justifiedStep.justified()).isTrue();
        assertThat(justifiedStep.decision().breach()).hasValue(new WithdrawalDecision.Breach(today.minusDays(2),
                Level.HEATED));

        Intervention again = v3.changeInvolvement(Involvement.CONTRIBUTE, "Nieuwe onrust", clock.next(), other)
                .withdraw(series(v3.scope(), today.plusDays(5), days(Level.CALM, 3)), "Rustig gebleven", "",
                        clock.next(), COORDINATOR);
        Intervention v4 = savedEqual(again);
        Instant closing = clock.next();
        Intervention v5 = savedEqual(v4.close(new Evaluation(Outcome.NOT_EFFECTIVE, longText("Les", 2000),
                "Opnieuw peilen", new ScopeTemperature(started, Level.HEATED, 6.123456789012345),
                new ScopeTemperature(closing, Level.CALM, 0.1)), closing, COORDINATOR));

        assertThat(v5.version()).isEqualTo(5);
        assertThat(v5.status()).isEqualTo(InterventionStatus.CLOSED);
        assertThat(v5.participants()).extracting(Participant::member).containsExactly(keyPerson, partner);
        assertThat(v5.tasks()).extracting(Task::id).containsExactly(done, reopened, open);
        assertThat(v5.dynamics()).extracting(DynamicTag::id).containsExactly(ongoing, ended);
        assertThat(v5.involvementSteps()).hasSize(6);
        assertThat(v5.timeline()).hasSize(again.timeline().size() + 1);
        assertThat(store.interventions().findBySignal(first)).containsExactly(v5);
    }

    @Test
    void anAssessmentThatFoundNobodyIsStillAnAssessment() {
        Intervention planned = store.interventions().save(anIntervention().withoutSignals().build());
        Intervention assessed = planned.assessCapacity(new CapacityAssessment(List.of(), Set.of(), STARTED_AT,
                Capacity.LOW, "Geen initiatieven en niemand uit het netwerk in de buurt"), STARTED_AT, COORDINATOR);
        Intervention stored = store.interventions().save(assessed);
        assertThat(stored.capacityAssessment()).hasValueSatisfying(c -> {
            assertThat(c.initiatives()).isEmpty();
            assertThat(c.presentInScope()).isEmpty();
        });
        assertThat(stored.signals()).isEmpty();
        assertThat(stored.snapshot()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(assessed.snapshot());
    }

    @Test
    void interventionsPlannedAtTheSameMomentAreOrderedByTheirIdAsText() {
        Intervention template = anIntervention().build();
        SignalId signal = template.signals().iterator().next();
        Intervention high = store.interventions().save(withId(template, new UUID(-1L, 1)));
        Intervention low = store.interventions().save(withId(template, new UUID(1, 1)));
        Intervention middle = store.interventions().save(withId(template, new UUID(0x7fffffffffffffffL, 1)));
        assertThat(search(null, null, null, null, null, null)).containsExactly(low, middle, high);
        assertThat(store.interventions().findBySignal(signal)).containsExactly(low, middle, high);
    }

    /** Saves, checks the version went up by one and that what is read back equals what was saved. */
    private Intervention savedEqual(Intervention changed) {
        Intervention saved = store.interventions().save(changed);
        assertThat(saved.version()).isEqualTo(changed.version() + 1);
        assertThat(saved.snapshot()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(changed.snapshot());
        assertThat(store.interventions().findById(changed.id())).contains(saved);
        return saved;
    }

    /** Moments one minute apart, in order, with microseconds. */
    private static final class Clock {

        private Instant now;

        Clock(Instant start) {
            now = start;
        }

        Instant next() {
            now = now.plusSeconds(60);
            return now;
        }
    }

    /** {@code start}, filled up to exactly {@code length} characters with a Dutch sentence. */
    private static String longText(String start, int length) {
        StringBuilder text = new StringBuilder(start);
        while (text.length() < length) {
            text.append(" en daarna één stap verder");
        }
        return text.substring(0, length - 1) + ".";
    }

    private static Intervention withId(Intervention i, UUID id) {
        Intervention.Snapshot s = i.snapshot();
        return Intervention.reconstitute(new Intervention.Snapshot(new InterventionId(id), s.description(), s.scope(),
                s.signals(), s.owner(), s.participants(), s.tasks(), s.capacity(), s.dynamics(), s.exitCriteria(),
                s.involvement(), s.status(), s.evaluation(), s.timeline(), s.version()));
    }

    @Test
    void aNewInterventionIsStoredOnce() {
        Intervention planned = anIntervention().build();
        store.interventions().save(planned);
        assertThatThrownBy(() -> store.interventions().save(planned)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void interventionsAreSearchedNewestFirstByStatusInvolvementBuurtThemeOwnerAndWhatAProfessionalSees() {
        Intervention malberg = store.interventions().save(anIntervention().in("BU09350207").about("wij-zij")
                .build());
        Intervention wyck = store.interventions().save(plannedLater(anIntervention().in("BU09350101")
                .about("religie").withInvolvement(Involvement.CONTRIBUTE).build(), 1));
        Intervention started = store.interventions().save(plannedLater(anIntervention().in("BU09350101")
                .about("wij-zij").started().build(), 2));
        Intervention withTask = store.interventions().save(started.addTask(new TaskId(UUID.randomUUID()),
                "Wijkagent spreekt de jongeren aan", PROFESSIONAL, LocalDate.of(2026, 3, 20), STARTED_AT.plus(
                        Duration.ofDays(3)), COORDINATOR));

        assertThat(search(null, null, null, null, null, null)).containsExactly(withTask, wyck, malberg);
        assertThat(search(Set.of(InterventionStatus.ACTIVE), null, null, null, null, null)).containsExactly(withTask);
        assertThat(search(Set.of(InterventionStatus.PLANNED, InterventionStatus.ACTIVE), Involvement.CONTRIBUTE,
                null, null, null, null)).containsExactly(wyck);
        assertThat(search(null, null, "BU09350101", null, null, null)).containsExactly(withTask, wyck);
        assertThat(search(null, null, null, "wij-zij", null, null)).containsExactly(withTask, malberg);
        assertThat(search(null, null, null, null, COORDINATOR, null)).hasSize(3);
        assertThat(search(null, null, null, null, PROFESSIONAL, null)).isEmpty();

        assertThat(search(null, null, null, null, null, new VisibleTo(Set.of(NeighbourhoodCode.of("BU09350207")),
                PROFESSIONAL))).as("their buurt, or a task for them").containsExactly(withTask, malberg);
        assertThat(search(null, null, null, null, null, new VisibleTo(Set.of(), COORDINATOR)))
                .as("what they own").hasSize(3);
        assertThat(search(null, null, null, null, null, new VisibleTo(Set.of(), new AccountId(UUID.randomUUID()))))
                .isEmpty();
        assertThat(store.interventions().search(new Search(null, null, null, null, null, null,
                new PageRequest(1, 2))).items()).containsExactly(malberg);
        assertThat(store.interventions().search(new Search(null, null, null, null, null, null,
                new PageRequest(0, 2))).total()).isEqualTo(3);
    }

    @Test
    void interventionsAreFoundByTheSignalsTheyTakeUp() {
        SignalId signal = new SignalId(UUID.randomUUID());
        Intervention planned = store.interventions().save(anIntervention().build());
        Intervention linked = store.interventions().save(planned.linkSignal(signal, STARTED_AT, COORDINATOR));
        store.interventions().save(anIntervention().build());
        assertThat(store.interventions().findBySignal(signal)).containsExactly(linked);
        assertThat(store.interventions().findBySignal(new SignalId(UUID.randomUUID()))).isEmpty();
    }

    private List<Intervention> search(Set<InterventionStatus> statuses, Involvement involvement, String buurt,
            String theme, AccountId owner, VisibleTo visibleTo) {
        return store.interventions().search(new Search(statuses, involvement,
                buurt == null ? null : NeighbourhoodCode.of(buurt), theme == null ? null : ThemeCode.of(theme), owner,
                visibleTo, new PageRequest(0, 50))).items();
    }

    private static nl.sleutelnet.domain.intervention.CapacityAssessment anInterventionCapacity(Instant drawnAt) {
        return nl.sleutelnet.domain.testdata.InterventionBuilder.capacity(drawnAt);
    }

    /** The same intervention as if it had been planned {@code days} days later (for the order of lists). */
    private static Intervention plannedLater(Intervention i, int days) {
        Intervention.Snapshot s = i.snapshot();
        Duration shift = Duration.ofDays(days);
        return Intervention.reconstitute(new Intervention.Snapshot(s.id(), s.description(), s.scope(), s.signals(),
                s.owner(), s.participants(), s.tasks(),
                s.capacity() == null ? null : new nl.sleutelnet.domain.intervention.CapacityAssessment(
                        s.capacity().initiatives(), s.capacity().presentInScope(),
                        s.capacity().drawnAt().plus(shift), s.capacity().capacity(), s.capacity().judgement()),
                s.dynamics(), s.exitCriteria(), s.involvement().stream().map(step ->
                        new nl.sleutelnet.domain.intervention.InvolvementStep(step.from(), step.to(),
                                step.at().plus(shift), step.reason(), step.actor(), step.decision(),
                                step.justification())).toList(),
                s.status(), s.evaluation(), s.timeline().stream().map(e ->
                        new nl.sleutelnet.domain.intervention.TimelineEntry(e.kind(), e.at().plus(shift), e.actor(),
                                e.note(), e.subject())).toList(), s.version()));
    }
}
