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
 * What every persistence adapter must do with interventions; run on memory (and, once the JDBC adapter is there, on
 * H2 and PostgreSQL).
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
