package nl.sleutelnet.adapters.persistence.jdbc;

import static nl.sleutelnet.domain.testdata.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A failed sign-in is recorded inside its use case's transaction, which is rolled back because the sign-in fails: the
 * attempt must stay counted all the same, on H2 and PostgreSQL.
 */
class JdbcAttemptLogTest {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) TestDatabases::h2),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) TestDatabases::postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAttemptRecordedInATransactionThatRollsBackStaysCounted(String name, Supplier<DataSource> db) {
        DataSource dataSource = db.get();
        JdbcPersistence store = new JdbcPersistence(JdbcClient.create(dataSource), dataSource);
        Instant at = Instant.parse("2026-11-28T09:00:00Z");

        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(tx -> {
            store.accounts().save(anAccount().build());
            store.attempts().record("sign-in-username", "f00d", at);
            tx.setRollbackOnly();
        });

        assertThat(store.accounts().findAll()).as("the use case's own change is undone").isEmpty();
        assertThat(store.attempts().since("sign-in-username", "f00d", at.minusSeconds(1))).containsExactly(at);
    }
}
