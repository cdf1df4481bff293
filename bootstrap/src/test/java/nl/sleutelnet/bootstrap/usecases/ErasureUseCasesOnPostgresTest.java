package nl.sleutelnet.bootstrap.usecases;

import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.TestDatabases;

/** The erasure again on PostgreSQL, with every text column of every table searched for the person. */
class ErasureUseCasesOnPostgresTest extends ErasureUseCasesTest {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
