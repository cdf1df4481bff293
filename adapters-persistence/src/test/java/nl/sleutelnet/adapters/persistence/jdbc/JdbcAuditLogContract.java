package nl.sleutelnet.adapters.persistence.jdbc;

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
        AuditEntry entry = entry(T, account("regisseur"), "ShowKeyPersonUseCase.showKeyPerson", AuditResult.SUCCESS);
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
}
