package nl.sleutelnet.adapters.persistence.jdbc;

import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.PollContract;
import nl.sleutelnet.adapters.persistence.TestDatabases;

class H2PollTest extends PollContract {

    @Override
    protected Persistence freshInstallation() {
        return new JdbcPersistence(TestDatabases.h2());
    }
}
