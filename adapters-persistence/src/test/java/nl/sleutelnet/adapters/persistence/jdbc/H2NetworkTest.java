package nl.sleutelnet.adapters.persistence.jdbc;

import nl.sleutelnet.adapters.persistence.NetworkContract;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.TestDatabases;

class H2NetworkTest extends NetworkContract {

    @Override
    protected Persistence freshInstallation() {
        return new JdbcPersistence(TestDatabases.h2());
    }
}
