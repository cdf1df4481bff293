package nl.sleutelnet.bootstrap.usecases;

import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.TestDatabases;

/** The erasure again on H2, with every text column of every table searched for the person. */
class ErasureUseCasesOnH2Test extends ErasureUseCasesTest {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
