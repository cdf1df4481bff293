package nl.sleutelnet.adapters.persistence.jdbc;

import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.TestDatabases;

class H2AuditLogTest extends JdbcAuditLogContract {

    @Override
    protected DataSource migratedDatabase() {
        return TestDatabases.h2();
    }
}
