package nl.sleutelnet.adapters.persistence.jdbc;

import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.ProgrammeContract;
import nl.sleutelnet.adapters.persistence.TestDatabases;

class H2ProgrammeTest extends ProgrammeContract {

    @Override
    protected Persistence freshInstallation() {
        return new JdbcPersistence(TestDatabases.h2());
    }
}
