package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.KeyPersonQuery;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.PartnerCommand;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.RegisterPartnerUseCase;
import nl.sleutelnet.application.port.in.network.SearchKeyPersonsUseCase;
import nl.sleutelnet.application.port.in.network.ShowKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.application.port.in.network.WithdrawConsentUseCase;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The key-person use cases through the real core on the memory adapter. */
class NetworkUseCasesTest {

    private final CoreFixture fixture = new CoreFixture();
    private final Actor coordinator = fixture.actor("regisseur", "COORDINATOR");

    private KeyPerson register(String name, String... buurten) {
        return fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(name, null, null, List.of(buurten), List.of("ouders van de school"),
                        List.of("wij-zij"), List.of("nl"), null, null, null, null, null, null));
    }

    @Test
    void aCoordinatorRegistersActivatesAndAKeyPersonWithdrawsConsent() {
        KeyPerson candidate = register("Anna", "BU09350207");
        assertThat(candidate.status()).isEqualTo(KeyPersonStatus.CANDIDATE);
        assertThat(candidate.registeredAt()).isEqualTo(CoreFixture.NOW);

        ChangeKeyPersonStatusUseCase status = fixture.useCase(ChangeKeyPersonStatusUseCase.class);
        assertThatThrownBy(() -> status.changeStatus(coordinator, new ChangeStatusCommand(candidate.id().value(),
                "ACTIVE", "Kennismaking", candidate.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("key-person.no-legal-basis"));

        KeyPerson withBasis = fixture.useCase(RecordLegalBasisUseCase.class).recordLegalBasis(coordinator,
                candidate.id().value(), new LegalBasisInput("CONSENT", LocalDate.of(2026, 3, 1),
                        List.of("NETWORK_CONTACT", "POLLS"), "getekend formulier", null), candidate.version());
        KeyPerson active = status.changeStatus(coordinator, new ChangeStatusCommand(withBasis.id().value(), "ACTIVE",
                "Kennismaking", withBasis.version()));
        assertThat(active.status()).isEqualTo(KeyPersonStatus.ACTIVE);
        assertThat(active.history()).last().satisfies(step -> assertThat(step.actor())
                .isEqualTo(coordinator.accountId()));

        KeyPerson withdrawn = fixture.useCase(WithdrawConsentUseCase.class).withdrawConsent(coordinator,
                active.id().value(), LocalDate.of(2026, 3, 2));
        assertThat(withdrawn.status()).isEqualTo(KeyPersonStatus.PAUSED);
    }

    @Test
    void registrationChecksBuurtenThemesAndNominatorsExist() {
        assertThatThrownBy(() -> fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand("Bram", null, null, List.of("BU09359999"), null, List.of("onbekend"),
                        null, null, null, null, "PARTNER", java.util.UUID.randomUUID(), null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("neighbourhoods", "themes", "nominatedBy"));
    }

    @Test
    void aProfessionalSeesOnlyKeyPersonsOfTheirOwnBuurtenAndChangesNothing() {
        KeyPerson malberg = register("Anna", "BU09350207");
        KeyPerson centrum = register("Chris", "BU09350000");
        Actor wijkagent = fixture.actor("wijkagent", "PROFESSIONAL", "BU09350207");

        assertThat(fixture.useCase(SearchKeyPersonsUseCase.class).searchKeyPersons(wijkagent,
                KeyPersonQuery.all(0, 10)).items()).extracting(KeyPerson::displayName).containsExactly("Anna");
        assertThat(fixture.useCase(ShowKeyPersonUseCase.class).showKeyPerson(wijkagent, malberg.id().value()))
                .isEqualTo(malberg);
        assertThatThrownBy(() -> fixture.useCase(ShowKeyPersonUseCase.class).showKeyPerson(wijkagent,
                centrum.id().value())).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> register(wijkagent, "Dewi")).isInstanceOf(AccessDeniedException.class);

        Actor analyst = fixture.actor("analist", "ANALYST");
        assertThatThrownBy(() -> fixture.useCase(SearchKeyPersonsUseCase.class).searchKeyPersons(analyst,
                KeyPersonQuery.all(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    private KeyPerson register(Actor actor, String name) {
        return fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(actor,
                new RegisterKeyPersonCommand(name, null, null, List.of("BU09350207"), null, null, null, null, null,
                        null, null, null, null));
    }

    @Test
    void membersAreTiedOncePerPair() {
        KeyPerson anna = register("Anna", "BU09350207");
        Partner agent = fixture.useCase(RegisterPartnerUseCase.class).registerPartner(coordinator,
                new PartnerCommand(null, "Wijkagent Malberg", "COMMUNITY_POLICE_OFFICER", List.of("BU09350207"),
                        null, null, null, true, 0));
        ConnectMembersUseCase connect = fixture.useCase(ConnectMembersUseCase.class);
        connect.connect(coordinator, new TieCommand(null, "KEY_PERSON", anna.id().value(), "PARTNER",
                agent.id().value(), "WORKS_WITH", 4, LocalDate.of(2025, 1, 1), null, 0));
        assertThatThrownBy(() -> connect.connect(coordinator, new TieCommand(null, "PARTNER", agent.id().value(),
                "KEY_PERSON", anna.id().value(), "KNOWS", 2, LocalDate.of(2025, 1, 1), null, 0)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("tie.exists"));
        assertThatThrownBy(() -> connect.connect(coordinator, new TieCommand(null, "KEY_PERSON",
                java.util.UUID.randomUUID(), "PARTNER", agent.id().value(), "KNOWS", 2, LocalDate.of(2025, 1, 1),
                null, 0))).isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("a"));
    }
}
