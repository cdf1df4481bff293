package nl.sleutelnet.bootstrap.usecases;

import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.adapters.persistence.jdbc.JdbcPersistence;

/** Every intervention use case again, with the core on the JDBC adapter and a fresh H2 database per test. */
class InterventionUseCasesOnH2Test extends InterventionUseCasesTest {

    @Override
    CoreFixture fixture() {
        return new CoreFixture(new JdbcPersistence(TestDatabases.h2()));
    }
}
