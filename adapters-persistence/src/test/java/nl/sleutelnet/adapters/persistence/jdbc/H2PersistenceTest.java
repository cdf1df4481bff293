package nl.sleutelnet.adapters.persistence.jdbc;

import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.PersistenceContract;
import nl.sleutelnet.adapters.persistence.TestDatabases;

class H2PersistenceTest extends PersistenceContract {

    @Override
    protected Persistence freshInstallation() {
        return new JdbcPersistence(TestDatabases.h2());
    }
}
