package nl.sleutelnet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.audit.AuditResult;
import nl.sleutelnet.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class PostgresAuditLogTest extends JdbcAuditLogContract {

    private DataSource database;

    @Override
    protected DataSource migratedDatabase() {
        database = TestDatabases.postgres();
        return database;
    }

    @Test
    void postgresAlsoRefusesTruncate() {
        store.auditLog().append(entry(T, account("regisseur"), "A.b", AuditResult.SUCCESS));
        assertThatThrownBy(() -> JdbcClient.create(database).sql("truncate audit_entry").update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(store.auditLog().search(AuditFilter.everything(), PageRequest.first()).total()).isEqualTo(1);
    }
}
