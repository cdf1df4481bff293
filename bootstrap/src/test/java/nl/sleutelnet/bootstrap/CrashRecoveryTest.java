package nl.sleutelnet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.bootstrap.web.Http;
import nl.sleutelnet.bootstrap.web.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crash safety (issue 9): the application runs as a separate process, several clients report signals and add
 * sightings through the API, and the process is killed with SIGKILL ({@link Process#destroyForcibly}) at a random
 * moment of that load; then it is started again on the same database, and so on. After every kill the database is
 * checked with SQL, after every restart through the API:
 *
 * <ul>
 *   <li>every signal and sighting answered with {@code 201} is there and readable (also by its tracking code);</li>
 *   <li>each has its audit entry, and no audit entry of a report or sighting points at nothing;</li>
 *   <li>no half-written aggregate: every signal has its buurten, themes and history, its sightings and their
 *       history entries agree, and no stored {@code Idempotency-Key} leads nowhere;</li>
 *   <li>nothing was stored that no client sent: at most the acknowledged ones plus those whose answer the kill cut
 *       off;</li>
 *   <li>a report whose answer was lost, sent again after the restart with its {@code Idempotency-Key}, makes one
 *       signal.</li>
 * </ul>
 *
 * <p>On PostgreSQL (the server stays up; only the application dies) and on the embedded H2 file database of the
 * default settings. The normal build runs {@value #DEFAULT_CYCLES} cycles per database; {@code -Preliability} runs ten
 * ({@code sleutelnet.crash.cycles}). The application's output is in {@code target/crash-*.log}.
 */
class CrashRecoveryTest {

    private static final int DEFAULT_CYCLES = 2;
    private static final int CYCLES = Integer.getInteger("sleutelnet.crash.cycles", DEFAULT_CYCLES);
    private static final int CLIENTS = 4;
    /** Reports acknowledged in a cycle before the random moment of the kill is drawn. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 12;
    private static final String ADMIN = "beheerder";
    private static final String PASSWORD = "een wachtwoord voor de crashtest";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Both reportSignal and, with an Idempotency-Key, reportSignalOnce. */
    private static final String AUDIT_REPORT = "ReportSignalUseCase.reportSignal";
    private static final String AUDIT_REPORTS = "('ReportSignalUseCase.reportSignal', "
            + "'ReportSignalUseCase.reportSignalOnce')";
    private static final String AUDIT_SIGHTING = "AddSightingUseCase.addSighting";

    private final long seed = Long.getLong("sleutelnet.crash.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @Test
    void killedDuringIntakeOnPostgresLosesNothingAcknowledged() throws Exception {
        String url = TestDatabases.emptyPostgresUrl();
        Database database = new Database("postgres", List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres")) {
            @Override
            Connection afterKill() throws SQLException {
                return DriverManager.getConnection(url, "postgres", "postgres");
            }
        };
        crashCycles(database);
    }

    @Test
    void killedDuringIntakeOnTheEmbeddedH2FileLosesNothingAcknowledged(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        // the default settings: only the data directory is given, the database URL is the application's own
        Database database = new Database("h2", List.of("--sleutelnet.data-dir=" + data)) {
            private int copies;

            /** A copy of the files as the kill left them: opening the copy does not recover the original. */
            @Override
            Connection afterKill() throws SQLException {
                Path copy = dir.resolve("copy-" + ++copies);
                try (Stream<Path> files = Files.list(data)) {
                    Files.createDirectories(copy);
                    for (Path file : files.toList()) {
                        Files.copy(file, copy.resolve(file.getFileName()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("sleutelnet")
                        + TestDatabases.H2_MODE, "sa", "");
            }
        };
        crashCycles(database);
    }

    private abstract static class Database {
        final String name;
        final List<String> arguments;

        Database(String name, List<String> arguments) {
            this.name = name;
            this.arguments = arguments;
        }

        /** A connection to the database as the killed application left it. */
        abstract Connection afterKill() throws SQLException;
    }

    private void crashCycles(Database database) throws Exception {
        System.out.printf("crash test on %s: %d cycles, seed %d%n", database.name, CYCLES, seed);
        Ledger ledger = new Ledger();
        Tokens tokens = null;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            try (App app = App.start(database, cycle)) {
                if (tokens == null) {
                    tokens = Tokens.issue(app.port);
                } else {
                    checkThroughApi(app, tokens, ledger);
                    resendLostKeyedReports(app, tokens, ledger);
                }
                Load load = new Load(app.port, tokens.reporter, cycle);
                long loadStart = System.nanoTime();
                load.start();
                load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL, Duration.ofMinutes(5));
                long delay = random.nextInt(3000);
                Thread.sleep(delay);
                load.killing.set(true);
                app.kill();
                double seconds = (System.nanoTime() - loadStart) / 1e9;
                load.join();
                assertThat(load.failures).as("answers other than 201 before the kill").isEmpty();
                ledger.add(load);
                int cutOff = load.cutOffReports.get() + load.cutOffSightings.get() + load.cutOffKeyed.size();
                System.out.printf("%s cycle %d: killed after %.1f s of load (%d ms after the %dth report); %d "
                        + "reports and %d sightings acknowledged, %d answers cut off%n", database.name, cycle, seconds,
                        delay, ACKNOWLEDGED_BEFORE_KILL, load.reports.size(), load.sightings.size(), cutOff);
            }
            try (Connection sql = database.afterKill()) {
                checkWithSql(sql, ledger);
            }
        }
        try (App app = App.start(database, CYCLES + 1)) {
            checkThroughApi(app, tokens, ledger);
            resendLostKeyedReports(app, tokens, ledger);
            app.stop();
        }
        try (Connection sql = database.afterKill()) {
            checkWithSql(sql, ledger);
        }
        System.out.printf("crash test on %s: %d signals and %d sightings acknowledged over %d cycles, all present%n",
                database.name, ledger.reports.size(), ledger.sightings.size(), CYCLES);
    }

    // ---------------------------------------------------------------------------------------------------- checks

    private static void checkWithSql(Connection sql, Ledger ledger) throws SQLException {
        Map<String, String> codes = new HashMap<>();
        for (List<String> row : rows(sql, "select cast(id as varchar(36)), tracking_code from signal")) {
            codes.put(row.get(0), row.get(1));
        }
        for (Report report : ledger.reports) {
            assertThat(codes.get(report.id())).as("acknowledged signal %s is stored with its tracking code",
                    report.id()).isEqualTo(report.volgcode());
        }
        Set<String> sightings = new HashSet<>();
        for (List<String> row : rows(sql, "select cast(signal_id as varchar(36)) || '/' || cast(id as varchar(36)) "
                + "from signal_sighting")) {
            sightings.add(row.get(0));
        }
        for (Sighting sighting : ledger.sightings) {
            assertThat(sightings).as("acknowledged sighting").contains(sighting.signalId() + "/" + sighting.id());
        }
        assertThat(codes.size()).as("no signal that no client sent")
                .isBetween(ledger.reports.size(), ledger.reports.size() + ledger.cutOffReports + ledger.pendingKeys());
        assertThat(sightings.size()).as("no sighting that no client sent")
                .isBetween(ledger.sightings.size(), ledger.sightings.size() + ledger.cutOffSightings);

        Map<String, String> halfWritten = new HashMap<>();
        halfWritten.put("signal without buurt",
                "select count(*) from signal s where not exists (select 1 from signal_neighbourhood n "
                        + "where n.signal_id = s.id)");
        halfWritten.put("signal without theme",
                "select count(*) from signal s where not exists (select 1 from signal_theme t "
                        + "where t.signal_id = s.id)");
        halfWritten.put("signal without its REPORTED history entry",
                "select count(*) from signal s where not exists (select 1 from signal_event e "
                        + "where e.signal_id = s.id and e.kind = 'REPORTED')");
        halfWritten.put("signal whose sightings and SIGHTING_ADDED entries differ",
                "select count(*) from signal s where (select count(*) from signal_sighting w where w.signal_id = s.id)"
                        + " <> (select count(*) from signal_event e where e.signal_id = s.id "
                        + "and e.kind = 'SIGHTING_ADDED')");
        halfWritten.put("signal without the audit entry of its report",
                "select count(*) from signal s where not exists (select 1 from audit_entry a where a.action in "
                        + AUDIT_REPORTS + " and a.outcome = 'SUCCESS' and a.object_id = cast(s.id as varchar(36)))");
        halfWritten.put("signal whose sightings and sighting audit entries differ",
                "select count(*) from signal s where (select count(*) from signal_sighting w where w.signal_id = s.id)"
                        + " <> (select count(*) from audit_entry a where a.action = '" + AUDIT_SIGHTING
                        + "' and a.outcome = 'SUCCESS' and a.object_id = cast(s.id as varchar(36)))");
        halfWritten.put("audit entry of a report or sighting pointing at no signal",
                "select count(*) from audit_entry a where (a.action in " + AUDIT_REPORTS + " or a.action = '"
                        + AUDIT_SIGHTING + "') and a.outcome = 'SUCCESS' and not exists (select 1 from signal s "
                        + "where cast(s.id as varchar(36)) = a.object_id)");
        halfWritten.put("Idempotency-Key leading to no signal",
                "select count(*) from signal_request_key k where not exists (select 1 from signal s "
                        + "where s.id = k.signal_id)");
        halfWritten.put("buurt, theme, sighting or history row of no signal",
                "select (select count(*) from signal_neighbourhood c where not exists (select 1 from signal s "
                        + "where s.id = c.signal_id)) + (select count(*) from signal_theme c where not exists "
                        + "(select 1 from signal s where s.id = c.signal_id)) + (select count(*) "
                        + "from signal_sighting c where not exists (select 1 from signal s where s.id = c.signal_id)) "
                        + "+ (select count(*) from signal_event c where not exists (select 1 from signal s "
                        + "where s.id = c.signal_id))");
        for (Map.Entry<String, String> check : halfWritten.entrySet()) {
            assertThat(Long.parseLong(rows(sql, check.getValue()).get(0).get(0))).as(check.getKey()).isZero();
        }
        assertThat(Long.parseLong(rows(sql, "select count(*) from signal_request_key").get(0).get(0)))
                .as("every acknowledged report sent with a key stored its key; a cut-off one perhaps")
                .isBetween(ledger.keyedReports(), ledger.keyedReports() + ledger.pendingKeys());
    }

    private static void checkThroughApi(App app, Tokens tokens, Ledger ledger) {
        Http http = new Http(app.port);
        String reporter = "Bearer " + tokens.reporter;
        for (Report report : ledger.lastCycleReports) {
            Http.Response read = http.get("/api/v1/signalen/" + report.id(), "Authorization", reporter);
            assertThat(read.status()).as("acknowledged signal readable after the restart: " + read.body())
                    .isEqualTo(200);
            assertThat(read.json().get("volgcode").asString()).isEqualTo(report.volgcode());
            Set<String> seen = new HashSet<>();
            read.json().get("waarnemingen").forEach(w -> seen.add(w.get("id").asString()));
            ledger.sightings.stream().filter(s -> s.signalId().equals(report.id()))
                    .forEach(s -> assertThat(seen).as("acknowledged sighting").contains(s.id()));
            assertThat(http.get("/api/v1/meldingen/" + report.volgcode()).status())
                    .as("the reporter follows it by its tracking code").isEqualTo(200);
        }
        Set<String> audited = new HashSet<>();
        String admin = "Bearer " + tokens.admin;
        for (int page = 0; ; page++) {
            Http.Response log = http.get("/api/v1/auditlog?actie=" + AUDIT_REPORT + "&resultaat=SUCCESS"
                    + "&paginaGrootte=200&pagina=" + page, "Authorization", admin);
            assertThat(log.status()).as(log.body()).isEqualTo(200);
            log.json().get("regels").forEach(e -> audited.add(e.get("objectId").asString()));
            if (page + 1 >= log.json().get("pagina").get("aantalPaginas").intValue()) {
                break;
            }
        }
        for (Report report : ledger.reports) {
            assertThat(audited).as("the audit log viewer shows the report of every acknowledged signal")
                    .contains(report.id());
        }
    }

    /** Sends each report whose answer the kill cut off again, with its key: it must make (or find) one signal. */
    private static void resendLostKeyedReports(App app, Tokens tokens, Ledger ledger) {
        Http http = new Http(app.port);
        for (Load.Pending pending : ledger.pendingKeyed) {
            Http.Response again = http.send("POST", "/api/v1/signalen", pending.body(), "Authorization",
                    "Bearer " + tokens.reporter, "Content-Type", "application/json", "Idempotency-Key", pending.key());
            assertThat(again.status()).as("a lost report sent again: " + again.body()).isEqualTo(201);
            Http.Response twice = http.send("POST", "/api/v1/signalen", pending.body(), "Authorization",
                    "Bearer " + tokens.reporter, "Content-Type", "application/json", "Idempotency-Key", pending.key());
            assertThat(twice.json().get("id").asString()).as("and once more: the same signal")
                    .isEqualTo(again.json().get("id").asString());
            Report report = new Report(again.json().get("id").asString(), again.json().get("volgcode").asString(),
                    pending.key());
            ledger.reports.add(report);
            ledger.lastCycleReports.add(report);
        }
        ledger.resentKeys += ledger.pendingKeyed.size();
        ledger.pendingKeyed.clear();
    }

    private static List<List<String>> rows(Connection sql, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = sql.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------------------ the ledger

    record Report(String id, String volgcode, String key) {
    }

    record Sighting(String signalId, String id) {
    }

    /** What the clients were told over all cycles. */
    private static final class Ledger {
        final List<Report> reports = new ArrayList<>();
        final List<Report> lastCycleReports = new ArrayList<>();
        final List<Sighting> sightings = new ArrayList<>();
        final List<Load.Pending> pendingKeyed = new ArrayList<>();
        int cutOffReports;
        int cutOffSightings;
        int resentKeys;

        void add(Load load) {
            lastCycleReports.clear();
            lastCycleReports.addAll(load.reports);
            reports.addAll(load.reports);
            sightings.addAll(load.sightings);
            pendingKeyed.addAll(load.cutOffKeyed);
            cutOffReports += load.cutOffReports.get();
            cutOffSightings += load.cutOffSightings.get();
        }

        int pendingKeys() {
            return pendingKeyed.size();
        }

        /** Acknowledged reports that were sent with a key. */
        long keyedReports() {
            return reports.stream().filter(r -> r.key() != null).count();
        }
    }

    // -------------------------------------------------------------------------------------------------- the load

    /**
     * {@value #CLIENTS} clients, each reporting signals (every other one with an {@code Idempotency-Key}) and now and
     * then adding a sighting to one of its own signals of this cycle, until the application dies under them.
     */
    private static final class Load {

        record Pending(String key, String body) {
        }

        final AtomicBoolean killing = new AtomicBoolean();
        final Queue<Report> reports = new ConcurrentLinkedQueue<>();
        final Queue<Sighting> sightings = new ConcurrentLinkedQueue<>();
        final Queue<Pending> cutOffKeyed = new ConcurrentLinkedQueue<>();
        final Queue<String> failures = new ConcurrentLinkedQueue<>();
        final AtomicInteger cutOffReports = new AtomicInteger();
        final AtomicInteger cutOffSightings = new AtomicInteger();
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;
        private final String token;
        private final int cycle;
        private final List<Thread> threads = new ArrayList<>();

        Load(int port, String token, int cycle) {
            this.base = "http://localhost:" + port;
            this.token = token;
            this.cycle = cycle;
        }

        void start() {
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                Thread thread = new Thread(() -> run(client), "crash-client-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        void awaitAcknowledged(int count, Duration within) throws InterruptedException {
            long until = System.nanoTime() + within.toNanos();
            while (reports.size() < count && failures.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(failures).isEmpty();
            assertThat(reports.size()).as("reports acknowledged before the kill").isGreaterThanOrEqualTo(count);
        }

        void join() throws InterruptedException {
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(90));
                assertThat(thread.isAlive()).as("client stopped after the kill").isFalse();
            }
        }

        private void run(int client) {
            Random dice = new Random(client * 31L + cycle);
            List<String> own = new ArrayList<>();
            for (int n = 0; !killing.get(); n++) {
                if (!own.isEmpty() && dice.nextInt(4) == 0) {
                    String signal = own.get(dice.nextInt(own.size()));
                    if (!sighting(signal, n)) {
                        return;
                    }
                } else {
                    String key = n % 2 == 0 ? "crash-" + cycle + "-" + client + "-" + n + "-" + UUID.randomUUID()
                            : null;
                    String body = Http.json(Http.body("hoeVerkregen", "OWN_OBSERVATION",
                            "buurten", List.of(dice.nextBoolean() ? "BU09350207" : "BU09350208"),
                            "themas", List.of("wij-zij"), "intensiteit", 1 + dice.nextInt(5),
                            "omschrijving", "Onrust op het plein, ronde " + cycle + ", melder " + client
                                    + ", melding " + n));
                    String id = report(body, key);
                    if (id == null) {
                        return;
                    }
                    own.add(id);
                }
            }
        }

        /** The new signal's id, or null when the application died under the request. */
        private String report(String body, String key) {
            HttpRequest.Builder request = post("/api/v1/signalen", body);
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            HttpResponse<String> answer = send(request);
            if (answer == null) {
                if (key != null) {
                    cutOffKeyed.add(new Pending(key, body));
                } else {
                    cutOffReports.incrementAndGet();
                }
                return null;
            }
            if (answer.statusCode() != 201) {
                failures.add(answer.statusCode() + " " + answer.body());
                return null;
            }
            JsonNode signal = JSON.readTree(answer.body());
            reports.add(new Report(signal.get("id").asString(), signal.get("volgcode").asString(), key));
            return signal.get("id").asString();
        }

        private boolean sighting(String signal, int n) {
            HttpResponse<String> answer = send(post("/api/v1/signalen/" + signal + "/waarnemingen",
                    Http.json(Http.body("melderSoort", "OPEN_SOURCE", "openBron", "Openbare buurtgroep",
                            "hoeVerkregen", "PUBLIC_ONLINE", "toelichting", "Opnieuw gezien, keer " + n))));
            if (answer == null) {
                cutOffSightings.incrementAndGet();
                return false;
            }
            if (answer.statusCode() != 201) {
                failures.add(answer.statusCode() + " " + answer.body());
                return false;
            }
            Set<String> known = new HashSet<>();
            sightings.stream().filter(s -> s.signalId().equals(signal)).forEach(s -> known.add(s.id()));
            List<String> added = new ArrayList<>();
            JSON.readTree(answer.body()).get("waarnemingen").forEach(w -> {
                if (!known.contains(w.get("id").asString())) {
                    added.add(w.get("id").asString());
                }
            });
            if (added.size() != 1) {
                failures.add("not one new sighting but " + added + " in " + answer.body());
                return false;
            }
            sightings.add(new Sighting(signal, added.get(0)));
            return true;
        }

        private HttpRequest.Builder post(String path, String body) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }

        /** The answer, or null when the connection broke because the application was killed. */
        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (!killing.get()) {
                    failures.add("connection failed before the kill: " + e);
                }
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- the process

    /** The administrator's token (reads the audit log) and a coordinator's (reports), issued on the first start. */
    private record Tokens(String admin, String reporter) {

        static Tokens issue(int port) {
            Http http = new Http(port);
            StaffSession session = new StaffSession(http).signIn(ADMIN, PASSWORD);
            assertThat(session.signedIn()).as(session.lastSignIn().body()).isTrue();
            session.get("/beheer/gebruikers");
            String[] asAdmin = {"Cookie", "JSESSIONID=" + session.sessionId(), "X-CSRF-TOKEN", session.csrf(),
                "Content-Type", "application/json"};
            Http.Response coordinator = http.send("POST", "/api/v1/gebruikers", Http.json(Http.body(
                    "gebruikersnaam", "crash.regisseur", "naam", "Regisseur van de crashtest",
                    "rollen", List.of("COORDINATOR"), "buurten", List.of(), "wachtwoord", PASSWORD)), asAdmin);
            assertThat(coordinator.status()).as(coordinator.body()).isEqualTo(201);
            String adminId = null;
            for (JsonNode account : http.get("/api/v1/gebruikers", asAdmin).json().get("gebruikers")) {
                if (account.get("gebruikersnaam").asString().equals(ADMIN)) {
                    adminId = account.get("id").asString();
                }
            }
            return new Tokens(token(http, adminId, asAdmin), token(http, coordinator.json().get("id").asString(),
                    asAdmin));
        }

        private static String token(Http http, String account, String[] asAdmin) {
            Http.Response issued = http.send("POST", "/api/v1/gebruikers/" + account + "/tokens",
                    Http.json(Http.body("naam", "crashtest")), asAdmin);
            assertThat(issued.status()).as(issued.body()).isEqualTo(201);
            return issued.json().get("geheim").asString();
        }
    }

    /** The application as a separate JVM, started from the test class path (no packaged jar needed). */
    private static final class App implements AutoCloseable {

        private static final Pattern STARTED_ON = Pattern.compile("Tomcat started on port (\\d+)");

        final Process process;
        final Path log;
        /** Read from Tomcat's start-up line: the app binds port 0, so no other process can take it first. */
        int port;

        private App(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static App start(Database database, int run) throws Exception {
            Path target = Path.of(System.getProperty("java.io.tmpdir"));
            Path log = target.resolve("crash-" + database.name + "-" + run + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-Djava.io.tmpdir=" + target, "-Duser.timezone=UTC",
                    "-cp", System.getProperty("java.class.path"),
                    SleutelnetApplication.class.getName(),
                    "--server.port=0", "--sleutelnet.admin.username=" + ADMIN,
                    "--sleutelnet.admin.password=" + PASSWORD, "--sleutelnet.security.bcrypt-strength=4",
                    "--sleutelnet.polls.housekeeping.enabled=false", "--sleutelnet.retention.enabled=false",
                    "--spring.main.banner-mode=off"));
            command.addAll(database.arguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            App app = new App(process, log);
            try {
                // minutes, not seconds: on a shared machine under load a start took up to three minutes
                app.awaitReady(Duration.ofMinutes(8));
            } catch (RuntimeException | Error e) {
                app.close();
                throw e;
            }
            return app;
        }

        private void awaitReady(Duration within) throws InterruptedException {
            long until = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < until) {
                if (!process.isAlive()) {
                    throw new AssertionError("the application stopped at start-up:\n" + tail());
                }
                if (port == 0) {
                    port = listeningPort();
                    Thread.sleep(200);
                    continue;
                }
                Http http = new Http(port);
                try {
                    if (http.get("/actuator/health/readiness").status() == 200) {
                        return;
                    }
                } catch (UncheckedIOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new AssertionError("the application was not ready within " + within + ":\n" + tail());
        }

        /** SIGKILL on Linux: no shutdown hook, no connection pool closing, no H2 close. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        /** SIGTERM: the ordinary stop. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                kill();
            }
        }

        private String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        private int listeningPort() {
            try {
                Matcher started = STARTED_ON.matcher(Files.readString(log));
                return started.find() ? Integer.parseInt(started.group(1)) : 0;
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
