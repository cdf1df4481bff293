package nl.sleutelnet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.temperature.SignalEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An installation that stored signals before V17 keeps them in the temperature watch's window: the migration copies
 * each signal's moment last observed (its sighting's, when a sighting came later) beside its buurten.
 */
class SignalWindowMigrationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final NeighbourhoodCode MALBERG = NeighbourhoodCode.of("BU09350207");
    private static final ThemeCode WIJ_ZIJ = ThemeCode.of("wij-zij");

    @Test
    void signalsStoredBeforeTheMigrationAreInTheWindowOfTheirBuurtOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(TestDatabases.h2Url());
        upgradeKeepsTheWindow(h2);
    }

    @Test
    void signalsStoredBeforeTheMigrationAreInTheWindowOfTheirBuurtOnPostgres() {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(TestDatabases.emptyPostgresUrl());
        upgradeKeepsTheWindow(postgres);
    }

    private static void upgradeKeepsTheWindow(DataSource database) {
        migrate(database, "16");
        JdbcClient jdbc = JdbcClient.create(database);
        // reported 100 days ago; one seen again an hour ago (a sighting moved its moment last observed)
        UUID old = store(jdbc, "00000000001", NOW.minusSeconds(86_400 * 100), NOW.minusSeconds(86_400 * 100));
        UUID seenAgain = store(jdbc, "00000000002", NOW.minusSeconds(86_400 * 100), NOW.minusSeconds(3_600));
        UUID recent = store(jdbc, "00000000003", NOW.minusSeconds(60), NOW.minusSeconds(60));

        migrate(database, "latest");

        List<SignalEvidence> window = new JdbcSignalRepository(jdbc).evidenceObservedSince(
                NOW.minusSeconds(86_400), Set.of(MALBERG), Set.of(WIJ_ZIJ));
        assertThat(window).extracting(SignalEvidence::signalId).containsExactly(recent, seenAgain)
                .doesNotContain(old);
        assertThat(window.get(1).lastObservedAt()).isEqualTo(NOW.minusSeconds(3_600));
        assertThat(jdbc.sql("select count(*) from signal_neighbourhood where last_observed_at is null")
                .query(Integer.class).single()).isZero();
    }

    private static UUID store(JdbcClient jdbc, String trackingCode, Instant observed, Instant lastObserved) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into signal (id, tracking_code, reporter_kind, reporter_label, how_obtained, intensity,
                    description, observed_at, received_at, last_observed_at, assignee, status, version)
                values (?, ?, 'OPEN_SOURCE', 'Buurtapp Malberg', 'PUBLIC_ONLINE', 3, 'Leuzen op de muur', ?, ?, ?, ?,
                    'RECEIVED', 1)""").param(id).param(trackingCode).param(Timestamp.from(observed))
                .param(Timestamp.from(observed)).param(Timestamp.from(lastObserved)).param(UUID.randomUUID()).update();
        jdbc.sql("insert into signal_neighbourhood (signal_id, neighbourhood_code) values (?, ?)").param(id)
                .param(MALBERG.value()).update();
        jdbc.sql("insert into signal_theme (signal_id, theme_code) values (?, ?)").param(id).param(WIJ_ZIJ.value())
                .update();
        return id;
    }

    private static void migrate(DataSource database, String target) {
        Flyway.configure().dataSource(database).locations(JdbcPersistence.SQL_MIGRATIONS)
                .javaMigrations(JdbcPersistence.javaMigrations().toArray(JavaMigration[]::new)).target(target)
                .load().migrate();
    }
}
