package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityCommand;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityUseCase;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.ParticipantCommand;
import nl.sleutelnet.application.port.in.intervention.AddParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.StartInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.StartInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.WithdrawCommand;
import nl.sleutelnet.application.port.in.intervention.WithdrawUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.privacy.ApplyRetentionUseCase;
import nl.sleutelnet.application.port.in.privacy.ShowRetentionUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.service.PrivacySettings;
import nl.sleutelnet.bootstrap.CoreSettings;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.privacy.DeletionRecord;
import nl.sleutelnet.domain.privacy.Erased;
import nl.sleutelnet.domain.privacy.Removal;
import nl.sleutelnet.domain.privacy.RetentionTerms;
import nl.sleutelnet.domain.signal.Signal;
import org.junit.jupiter.api.Test;

/**
 * The retention job deletes exactly what is due: for every term an item whose term ran out a second ago and one whose
 * term runs out in a second, with the clock moved to the boundary. Terms of 1, 2, 3 and 4 years keep the runs apart.
 */
class RetentionUseCasesTest {

    private static final String MALBERG = "BU09350207";
    private static final String WIJ_ZIJ = "wij-zij";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = CoreFixture.NOW;
    private static final RetentionTerms TERMS = new RetentionTerms(Period.ofYears(1), Period.ofYears(2),
            Period.ofYears(3), Period.ofYears(4));

    private final CoreFixture fixture = new CoreFixture(CoreSettings.defaults()
            .withPrivacy(new PrivacySettings(TERMS, "het college van Maastricht")));
    private final Actor coordinator = fixture.actor("regisseur", "COORDINATOR");
    private final Actor admin = fixture.actor("beheer", "ADMIN");

    @Test
    void theRetentionJobDeletesExactlyWhatIsDue() {
        KeyPerson departedFirst = active("Anna");
        KeyPerson departedLater = active("Bram");
        Signal closedFirst = report("Eerste spanning bij het winkelcentrum");
        Signal closedLater = report("Tweede spanning bij het winkelcentrum");
        KeyPerson staying = active("Chris");
        Intervention firstDone = running(staying);
        Intervention laterDone = running(staying);

        at(seconds(10));
        depart(departedFirst);
        at(seconds(12));
        depart(departedLater);
        at(seconds(20));
        close(closedFirst);
        at(seconds(22));
        close(closedLater);
        at(seconds(30));
        close(firstDone);
        at(seconds(32));
        close(laterDone);

        // departed key persons: one year
        at(plus(seconds(11), TERMS.departedKeyPersons()));
        DeletionRecord first = run();
        assertThat(first.counts()).containsEntry(Removal.KEY_PERSONS_ERASED, 1)
                .doesNotContainKeys(Removal.SIGNALS_ANONYMISED, Removal.INTERVENTIONS_ANONYMISED,
                        Removal.AUDIT_ENTRIES_DELETED);
        assertThat(keyPerson(departedFirst).isErased()).as("departed a second before the boundary").isTrue();
        assertThat(keyPerson(departedLater).isErased()).as("departed a second after").isFalse();
        assertThat(fixture.useCase(ApplyRetentionUseCase.class).applyRetention(admin).counts())
                .as("running again at once does nothing more").isEmpty();

        // closed signals: two years
        at(plus(seconds(21), TERMS.closedSignals()));
        DeletionRecord second = run();
        assertThat(second.count(Removal.SIGNALS_ANONYMISED)).isEqualTo(1);
        assertThat(second.count(Removal.INTERVENTIONS_ANONYMISED)).isZero();
        Signal anonymised = signal(closedFirst);
        assertThat(anonymised.content().description()).isEqualTo(Erased.TEXT);
        assertThat(anonymised.assessment().orElseThrow().interpretation()).isEqualTo(Erased.TEXT);
        assertThat(anonymised.content().reporter().isForgotten()).isTrue();
        assertThat(anonymised.content().intensity()).as("the figures stay").isEqualTo(closedFirst.content().intensity());
        assertThat(anonymised.content().neighbourhoods()).isEqualTo(closedFirst.content().neighbourhoods());
        assertThat(anonymised.closedAt()).contains(seconds(20));
        assertThat(signal(closedLater).content().description()).isEqualTo("Tweede spanning bij het winkelcentrum");

        // closed interventions: three years
        at(plus(seconds(31), TERMS.closedInterventions()));
        DeletionRecord third = run();
        assertThat(third.count(Removal.INTERVENTIONS_ANONYMISED)).isEqualTo(1);
        Intervention anonymous = intervention(firstDone);
        assertThat(anonymous.participants()).singleElement().satisfies(p -> {
            assertThat(Erased.isPlaceholder(p.member().id())).isTrue();
            assertThat(p.part()).isEqualTo(Erased.MEMBER);
        });
        assertThat(anonymous.timeline()).allMatch(e -> e.note().isEmpty());
        assertThat(anonymous.type()).isEqualTo(firstDone.type());
        assertThat(anonymous.evaluation()).isEqualTo(intervention(firstDone).evaluation()).isPresent();
        assertThat(anonymous.closedAt()).contains(seconds(30));
        assertThat(intervention(laterDone).participants()).singleElement()
                .satisfies(p -> assertThat(p.part()).isEqualTo("Leidt de gesprekken"));

        // audit entries: four years, around a boundary between two entries
        Instant boundary = seconds(40);
        AuditEntry template = fixture.persistence.auditLog().export(AuditFilter.everything(), 1).get(0);
        fixture.persistence.auditLog().append(copy(template, boundary.minusSeconds(1)));
        fixture.persistence.auditLog().append(copy(template, boundary.plusSeconds(1)));
        at(plus(boundary, TERMS.auditEntries()));
        long due = fixture.persistence.auditLog().export(AuditFilter.everything(), 100_000).stream()
                .filter(e -> !e.at().isAfter(boundary)).count();
        DeletionRecord fourth = run();
        assertThat(fourth.count(Removal.AUDIT_ENTRIES_DELETED)).isEqualTo((int) due).isGreaterThan(2);
        List<AuditEntry> left = fixture.persistence.auditLog().export(AuditFilter.everything(), 100_000);
        assertThat(left).allMatch(e -> e.at().isAfter(boundary));
        assertThat(left).extracting(AuditEntry::at).contains(boundary.plusSeconds(1));

        // the register shows every run, newest first, by whom
        List<DeletionRecord> register = fixture.useCase(ShowRetentionUseCase.class).showRetention(admin, 10).latest();
        assertThat(register).hasSize(5).first().isEqualTo(fourth);
        assertThat(register).allMatch(r -> r.kind() == DeletionRecord.Kind.RETENTION && r.actor().equals("beheer"));
    }

    @Test
    void onlyAnAdministratorOrSleutelnetItselfAppliesTheTerms() {
        for (String role : List.of("COORDINATOR", "PROFESSIONAL", "ANALYST", "KEY_PERSON")) {
            Actor actor = fixture.actor(role.toLowerCase(java.util.Locale.ROOT), role, MALBERG);
            assertThatThrownBy(() -> fixture.useCase(ApplyRetentionUseCase.class).applyRetention(actor)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixture.useCase(ShowRetentionUseCase.class).showRetention(actor, 5)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixture.useCase(ApplyRetentionUseCase.class).applyRetention(Actor.system()).actor())
                .isEqualTo("system");
    }

    // ---- helpers

    private DeletionRecord run() {
        return fixture.useCase(ApplyRetentionUseCase.class).applyRetention(admin);
    }

    private void at(Instant moment) {
        fixture.clock.set(moment);
    }

    private static Instant seconds(int n) {
        return NOW.plus(Duration.ofSeconds(n));
    }

    /** The moment a term after {@code start}, in calendar terms of the municipality's zone. */
    private static Instant plus(Instant start, Period term) {
        return start.atZone(ZONE).plus(term).toInstant();
    }

    private static AuditEntry copy(AuditEntry e, Instant at) {
        return new AuditEntry(UUID.randomUUID(), e.traceId(), at, e.actor(), e.action(), e.purpose(), e.objectType(),
                e.objectId(), e.dataSubjects(), e.result(), e.errorCode(), e.origin(), e.disclosure());
    }

    private KeyPerson active(String name) {
        KeyPerson candidate = fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(name, null, null, List.of(MALBERG), null, List.of(WIJ_ZIJ), null, null,
                        "", new LegalBasisInput("CONSENT", LocalDate.of(2026, 1, 15),
                                List.of("NETWORK_CONTACT", "INTERVENTIONS"), "getekend formulier", null),
                        null, null, null));
        return fixture.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                new ChangeStatusCommand(candidate.id().value(), "ACTIVE", "Kennismaking", candidate.version()));
    }

    private void depart(KeyPerson person) {
        KeyPerson current = keyPerson(person);
        fixture.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                new ChangeStatusCommand(current.id().value(), "DEPARTED", "Verhuisd", current.version()));
    }

    private Signal report(String description) {
        return fixture.useCase(ReportSignalUseCase.class).reportSignal(coordinator, new ReportSignalCommand(null,
                null, null, "OWN_OBSERVATION", List.of(MALBERG), List.of(WIJ_ZIJ), 3, description, null, null));
    }

    private void close(Signal signal) {
        HandleSignalUseCase handle = fixture.useCase(HandleSignalUseCase.class);
        Signal assessed = handle.handleSignal(coordinator, new HandleSignalCommand(signal.id().value(), "ASSESS",
                "HIGH", "Bevestigd door de wijkagent", null, null, signal(signal).version()));
        Signal left = handle.handleSignal(coordinator, new HandleSignalCommand(signal.id().value(), "NO_ACTION",
                null, "De buurt pakt het zelf op", null, null, assessed.version()));
        handle.handleSignal(coordinator, new HandleSignalCommand(signal.id().value(), "CLOSE", null, "", null, null,
                left.version()));
    }

    private Intervention running(KeyPerson participant) {
        Intervention planned = fixture.useCase(PlanInterventionUseCase.class).planIntervention(coordinator,
                new PlanInterventionCommand("Gesprekken", "Weer met elkaar praten.", "DIALOGUE", List.of(MALBERG),
                        List.of(WIJ_ZIJ), List.of(), null, null));
        Intervention joined = fixture.useCase(AddParticipantUseCase.class).addParticipant(coordinator,
                new ParticipantCommand(planned.id().value(), "KEY_PERSON", participant.id().value(),
                        "Leidt de gesprekken", planned.version()));
        Intervention assessed = fixture.useCase(AssessCapacityUseCase.class).assessCapacity(coordinator,
                new AssessCapacityCommand(joined.id().value(), List.of(), "HIGH", "De buurt draagt het zelf.",
                        joined.version()));
        Intervention started = fixture.useCase(StartInterventionUseCase.class).startIntervention(coordinator,
                new StartInterventionCommand(assessed.id().value(), "CALM", 7, assessed.version()));
        return fixture.useCase(WithdrawUseCase.class).withdraw(coordinator, new WithdrawCommand(started.id().value(),
                "De buurt draagt het zelf", "Afgesproken met de wijkagent", started.version()));
    }

    private void close(Intervention intervention) {
        Intervention current = intervention(intervention);
        fixture.useCase(CloseInterventionUseCase.class).closeIntervention(coordinator, new CloseInterventionCommand(
                current.id().value(), "PARTLY", "Eerder de school betrekken", "Opnieuw peilen", current.version()));
    }

    private KeyPerson keyPerson(KeyPerson person) {
        return fixture.persistence.keyPersons().findById(person.id()).orElseThrow();
    }

    private Signal signal(Signal signal) {
        return fixture.persistence.signals().findById(signal.id()).orElseThrow();
    }

    private Intervention intervention(Intervention intervention) {
        return fixture.persistence.interventions().findById(intervention.id()).orElseThrow();
    }
}
