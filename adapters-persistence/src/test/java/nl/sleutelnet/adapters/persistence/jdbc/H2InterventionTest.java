package nl.sleutelnet.adapters.persistence.jdbc;

import nl.sleutelnet.adapters.persistence.InterventionContract;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.TestDatabases;

class H2InterventionTest extends InterventionContract {

    @Override
    protected Persistence freshInstallation() {
        return new JdbcPersistence(TestDatabases.h2());
    }
}
