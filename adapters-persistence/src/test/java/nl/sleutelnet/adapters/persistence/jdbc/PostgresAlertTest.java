package nl.sleutelnet.adapters.persistence.jdbc;

import nl.sleutelnet.adapters.persistence.AlertContract;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.TestDatabases;

class PostgresAlertTest extends AlertContract {

    @Override
    protected Persistence freshInstallation() {
        return new JdbcPersistence(TestDatabases.postgres());
    }
}
