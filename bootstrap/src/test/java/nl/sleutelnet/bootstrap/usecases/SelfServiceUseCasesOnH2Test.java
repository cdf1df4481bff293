package nl.sleutelnet.bootstrap.usecases;

import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.adapters.persistence.jdbc.JdbcPersistence;

/** Every self-service use case again, with the core on the JDBC adapter and a fresh H2 database per test. */
class SelfServiceUseCasesOnH2Test extends SelfServiceUseCasesTest {

    @Override
    CoreFixture fixture() {
        return new CoreFixture(new JdbcPersistence(TestDatabases.h2()));
    }
}
