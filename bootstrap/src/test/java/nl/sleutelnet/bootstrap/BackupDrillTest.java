package nl.sleutelnet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.adapters.persistence.jdbc.JdbcPersistence;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.signal.AddSightingUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SightingCommand;
import nl.sleutelnet.bootstrap.support.BCryptPasswordHasher;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.signal.Signal;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The backup-and-restore drills of {@code scripts/backup} run as an administrator would run them, on a database with
 * accounts, signals, sightings and their audit entries: back up, restore into a fresh database, compare tables, row
 * counts, contents and the audit log, and start the application on the copy. The application is started from the
 * test class path ({@code SLEUTELNET_CLASSPATH}), so no packaged jar is needed.
 *
 * <p>The PostgreSQL drill needs Debian's PostgreSQL client tools ({@code pg_dump}, {@code pg_restore}, {@code psql},
 * version 15, dumping zonky's PostgreSQL 14); the script installs them with apt-get when they are missing and it may.
 */
class BackupDrillTest {

    @Test
    void theH2DrillRestoresEverythingAndTheApplicationStartsOnTheCopy(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + data.resolve("sleutelnet") + TestDatabases.H2_MODE);
        source.setUser("sa");
        int signals = fill(source);

        Run drill = run(dir, Map.of(), "h2-drill.sh", data.toString());

        assertThat(drill.exit()).as(drill.output()).isZero();
        assertDrillPassed(drill, signals);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList())
                    .as("the restored copy is removed afterwards").containsExactly("data");
        }
    }

    @Test
    void thePostgresDrillRestoresIntoAFreshDatabaseAndTheApplicationStartsOnIt(@TempDir Path dir) throws Exception {
        URI url = URI.create(TestDatabases.emptyPostgresUrl().substring("jdbc:".length()));
        String database = url.getPath().substring(1);
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {url.getHost()});
        source.setPortNumbers(new int[] {url.getPort()});
        source.setDatabaseName(database);
        source.setUser("postgres");
        source.setPassword("postgres");
        int signals = fill(source);

        Run drill = run(dir, Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(url.getPort()), "PGUSER",
                "postgres", "PGPASSWORD", "postgres", "PGDATABASE", database, "DRILL_DATABASE",
                database + "_drill"), "pg-drill.sh");

        assertThat(drill.exit()).as(drill.output()).isZero();
        assertDrillPassed(drill, signals);
        try (Connection sql = DriverManager.getConnection("jdbc:postgresql://localhost:" + url.getPort()
                + "/postgres", "postgres", "postgres"); Statement statement = sql.createStatement();
                ResultSet left = statement.executeQuery("select count(*) from pg_database where datname = '"
                        + database + "_drill'")) {
            left.next();
            assertThat(left.getInt(1)).as("the drill database is dropped afterwards").isZero();
        }
    }

    private static void assertDrillPassed(Run drill, int signals) {
        assertThat(drill.output())
                .contains("OK: tables and row counts equal")
                .contains("OK: table contents (digest per table) equal")
                .contains("OK: audit log (count, first, last, digest of all entries) equal")
                .containsPattern("OK: Flyway history \\(schema version \\d+\\) equal")
                .contains("OK: Sleutelnet started on the restored database, schema up to date")
                .contains("DRILL PASSED")
                .containsPattern("signal\\s*\\|\\s*" + signals + "\\b")
                .containsPattern("entries: \\d+, seq 1 to \\d+");
    }

    /** Accounts, signals with sightings, and the audit entries of all of it, through the real use cases. */
    private static int fill(DataSource database) {
        JdbcPersistence.migrate(database);
        Sleutelnet sleutelnet = Sleutelnet.builder().persistence(new JdbcPersistence(database))
                .clock(Clock.systemUTC()).passwordHasher(new BCryptPasswordHasher(4)).build();
        Actor coordinator = sleutelnet.useCase(CreateAccountUseCase.class).createAccount(Actor.system(),
                new CreateAccountCommand("drill.regisseur", "Regisseur", List.of("COORDINATOR"), List.of(),
                        "een wachtwoord voor de oefening")).asActor();
        int signals = 12;
        for (int i = 0; i < signals; i++) {
            Signal signal = sleutelnet.useCase(ReportSignalUseCase.class).reportSignal(coordinator,
                    new ReportSignalCommand(null, null, null, "OWN_OBSERVATION", List.of("BU09350207"),
                            List.of("wij-zij"), 1 + i % 5, "Onrust bij het plein, melding " + i, null, null));
            if (i % 3 == 0) {
                sleutelnet.useCase(AddSightingUseCase.class).addSighting(coordinator, new SightingCommand(
                        signal.id().value(), "OPEN_SOURCE", null, "Openbare buurtgroep", "PUBLIC_ONLINE", null,
                        "Opnieuw gezien"));
            }
        }
        return signals;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path dir, Map<String, String> environment, String script, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", scripts().resolve(script).toString()));
        command.addAll(List.of(arguments));
        Path output = dir.resolveSibling(dir.getFileName() + "-" + script + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SLEUTELNET_CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("TMPDIR", System.getProperty("java.io.tmpdir"));
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the drill did not end within 10 minutes:\n" + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static Path scripts() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scripts/backup"))) {
                return dir.resolve("scripts/backup");
            }
        }
        throw new IllegalStateException("scripts/backup not found above " + Path.of("").toAbsolutePath());
    }
}
