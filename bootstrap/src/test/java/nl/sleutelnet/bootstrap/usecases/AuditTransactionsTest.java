package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.adapters.persistence.jdbc.JdbcPersistence;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.out.AuditLog;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.bootstrap.Core;
import nl.sleutelnet.bootstrap.CoreSettings;
import nl.sleutelnet.bootstrap.support.BCryptPasswordHasher;
import nl.sleutelnet.bootstrap.support.SecureRandomSecrets;
import nl.sleutelnet.bootstrap.support.SpringTransactions;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.audit.AuditResult;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The audit entry and the change share one transaction on a real database (H2): what a refusal or failure rolls back,
 * and what survives it.
 */
class AuditTransactionsTest {

    private final DataSource database = TestDatabases.h2();
    private final JdbcPersistence store = new JdbcPersistence(database);

    @Test
    void aRefusedChangeRollsBackButItsRefusalIsRecorded() {
        Core core = core(real -> Interposed.persistence(real, "keyPersons", "save", (repository, args) -> {
            ((KeyPersonRepository) repository).save((KeyPerson) args[0]);
            throw DomainException.conflict("key-person.duplicate", "Someone registered this person a moment ago.");
        }));
        Actor coordinator = coordinator(core);

        assertThatThrownBy(() -> register(core, coordinator)).isInstanceOf(DomainException.class);

        assertThat(store.keyPersons().findAll()).as("the key person written before the refusal is rolled back")
                .isEmpty();
        assertThat(registrations()).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(AuditResult.REFUSED);
            assertThat(e.errorCode()).contains("key-person.duplicate");
            assertThat(e.actor().name()).isEqualTo("regisseur");
        });
    }

    @Test
    void aChangeWhoseEntryCannotBeWrittenDoesNotHappen() {
        Core core = core(real -> Interposed.persistence(real, "auditLog", "append", (log, args) -> {
            AuditEntry entry = (AuditEntry) args[0];
            if (entry.action().startsWith("RegisterKeyPerson") && entry.result() == AuditResult.SUCCESS) {
                throw new IllegalStateException("audit table full");
            }
            ((AuditLog) log).append(entry);
            return null;
        }));
        Actor coordinator = coordinator(core);

        assertThatThrownBy(() -> register(core, coordinator)).isInstanceOf(IllegalStateException.class);

        assertThat(store.keyPersons().findAll()).as("no change without its audit entry").isEmpty();
        assertThat(registrations()).extracting(AuditEntry::result).containsExactly(AuditResult.FAILED);
    }

    @Test
    void aSuccessfulChangeAndItsEntryAreBothKept() {
        Core core = core(UnaryOperator.identity());
        KeyPerson anna = register(core, coordinator(core));
        assertThat(registrations()).singleElement()
                .satisfies(e -> assertThat(e.objectId()).contains(anna.id().value().toString()));
    }

    private Core core(UnaryOperator<Persistence> wrap) {
        AtomicLong next = new AtomicLong();
        return new Core(wrap.apply(store), new BCryptPasswordHasher(4), new SecureRandomSecrets(),
                () -> new UUID(0x5eed, next.incrementAndGet()), java.time.Clock.systemUTC(), new RecordingNotifier(),
                CoreSettings.defaults(), new SpringTransactions(new DataSourceTransactionManager(database)));
    }

    private static Actor coordinator(Core core) {
        return core.useCase(CreateAccountUseCase.class).createAccount(Actor.system(), new CreateAccountCommand(
                "regisseur", "Regisseur", List.of("COORDINATOR"), List.of(), "een test wachtwoord")).asActor();
    }

    private static KeyPerson register(Core core, Actor actor) {
        return core.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(actor,
                new RegisterKeyPersonCommand("Anna", null, null, List.of("BU09350207"), List.of("ouders"),
                        List.of("wij-zij"), List.of("nl"), null, null, null, null, null, null));
    }

    private List<AuditEntry> registrations() {
        return store.auditLog().search(new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("RegisterKeyPersonUseCase"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false), PageRequest.first()).items();
    }
}
