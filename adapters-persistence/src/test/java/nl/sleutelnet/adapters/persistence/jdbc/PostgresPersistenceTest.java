package nl.sleutelnet.adapters.persistence.jdbc;

import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.PersistenceContract;
import nl.sleutelnet.adapters.persistence.TestDatabases;

/** The same contract on a real PostgreSQL server, started by the test itself. */
class PostgresPersistenceTest extends PersistenceContract {

    @Override
    protected Persistence freshInstallation() {
        return new JdbcPersistence(TestDatabases.postgres());
    }
}
