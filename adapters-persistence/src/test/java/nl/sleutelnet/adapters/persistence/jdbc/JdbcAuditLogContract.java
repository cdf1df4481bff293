package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.Duration;
import java.time.Instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.AuditLogContract;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.audit.AuditResult;
import nl.sleutelnet.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log contract, and that the database itself refuses to change or remove an entry, whoever asks. */
abstract class JdbcAuditLogContract extends AuditLogContract {

    private DataSource database;

    protected abstract DataSource migratedDatabase();

    @Override
    protected Persistence freshInstallation() {
        database = migratedDatabase();
        return new JdbcPersistence(database);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        // a recent entry: entries older than a year may go when their retention term ran out (below)
        AuditEntry entry = entry(Instant.now().minus(Duration.ofDays(300)), account("regisseur"),
                "ShowKeyPersonUseCase.showKeyPerson", AuditResult.SUCCESS);
        store.auditLog().append(entry);
        JdbcClient sql = JdbcClient.create(database);

        assertThatThrownBy(() -> sql.sql("update audit_entry set actor_name = 'iemand anders'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql.sql("update audit_entry set outcome = 'REFUSED', error_code = 'x' where id = ?")
                .param(entry.id()).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql.sql("delete from audit_entry where id = ?").param(entry.id()).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql.sql("delete from audit_entry").update())
                .rootCause().hasMessageContaining("append-only");

        assertThat(store.auditLog().search(AuditFilter.everything(), PageRequest.first()).items())
                .containsExactly(entry);
    }

    @Test
    void theDatabaseLetsAnEntryGoOnlyPastItsFloorOfAYearAndNeverChangesOne() {
        Instant now = Instant.now();
        AuditEntry old = entry(now.minus(Duration.ofDays(2 * 366)), account("regisseur"),
                "ShowKeyPersonUseCase.showKeyPerson", AuditResult.SUCCESS);
        AuditEntry almostAYear = entry(now.minus(Duration.ofDays(360)), account("regisseur"),
                "ShowKeyPersonUseCase.showKeyPerson", AuditResult.SUCCESS);
        store.auditLog().append(old);
        store.auditLog().append(almostAYear);
        JdbcClient sql = JdbcClient.create(database);

        assertThatThrownBy(() -> sql.sql("update audit_entry set actor_name = 'iemand anders' where id = ?")
                .param(old.id()).update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql.sql("delete from audit_entry where id = ?").param(almostAYear.id()).update())
                .as("younger than a year, whoever asks").rootCause().hasMessageContaining("append-only");

        assertThat(store.auditRetention().deleteEntriesUntil(now.plus(Duration.ofDays(1))))
                .as("a cutoff in the future takes only what the database lets go").isEqualTo(1);
        assertThat(store.auditLog().search(AuditFilter.everything(), PageRequest.first()).items())
                .containsExactly(almostAYear);
        assertThat(store.auditRetention().deleteEntriesUntil(now.minus(Duration.ofDays(3 * 366)))).isZero();
    }
}
