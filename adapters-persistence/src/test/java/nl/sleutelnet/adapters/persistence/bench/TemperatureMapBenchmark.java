package nl.sleutelnet.adapters.persistence.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.ForwardingSignalRepository;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.adapters.persistence.jdbc.JdbcPersistence;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapQuery;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapReport;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.application.service.TemperatureService;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.signal.TrackingCode;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import nl.sleutelnet.domain.testdata.SignalBuilder;

/**
 * The temperature map (every buurt × active theme) with 10,000, 100,000 and 1,000,000 signals of history, on H2 (a
 * file, as the embedded default) and on PostgreSQL (zonky embedded). The map needs only the signals observed in the
 * model's window (evidence window plus trend look-back, 98 days by default); the target is that the time at 1M is
 * at most 1.5 times the time at 10k, because the work grows with that window and not with history.
 *
 * <p>Every database gets the same active window ({@value #ACTIVE} signals observed in the last 90 days, spread over
 * the buurten and themes) and history older than the window, bulk-loaded with JDBC batch inserts in the schema of
 * V5 (signal, its buurt, its theme, its first history step). Then the three sizes are measured in turn, round after
 * round, so a noisy machine slows them alike; the medians and the ratio are printed. Run by {@code -Pbenchmark}
 * (see {@code docs/performance.md}); it is not a unit test.
 *
 * <p>The map is measured as the product reads it (the window's evidence only, {@code evidenceObservedSince}) and, for
 * comparison, as it read it before (whole signals: descriptions, history); both must give the same map, which is
 * checked on every database and size before measuring.
 *
 * <p>Arguments (system properties): {@code bench.sizes} (default 10000,100000,1000000), {@code bench.rounds} (15),
 * {@code bench.warmups} (5), {@code bench.databases} (h2,postgres), {@code bench.whole-signals} (true: measure the read of whole signals too),
 * {@code bench.postgres.options} (appended to the PostgreSQL URL, e.g.
 * {@code &options=-c%20max_parallel_workers_per_gather%3D0}), {@code bench.explain} (print the plan of the map's
 * query per database and size), {@code bench.h2.compact} (true: compact each H2 file before measuring, see {@link #compacted}),
 * {@code bench.keep} (a directory: the H2 files are kept there as {@code h2-<size>} and reused by the next run with
 * the same directory, so that a million signals are loaded once; a file is reused once its {@code h2-<size>.loaded}
 * exists) and {@code bench.h2.options} (settings appended to the H2 URL, e.g. {@code ;CACHE_SIZE=65536}; the URL is
 * otherwise the product's default, with H2's default page cache of 16 MB. H2 keeps a {@code CACHE_SIZE} in the file:
 * a kept file measured once with another cache keeps it until a run names another; the cache in use is printed).
 */
public final class TemperatureMapBenchmark {

    static final int ACTIVE = 1_500;
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final int BATCH = 1_000;
    private static final double TARGET = 1.5;

    private TemperatureMapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.getInteger("bench.rounds", 15);
        int warmups = Integer.getInteger("bench.warmups", 5);
        boolean compact = Boolean.parseBoolean(System.getProperty("bench.h2.compact", "true"));
        List<String> databases = List.of(System.getProperty("bench.databases", "h2,postgres").split(","));
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(dir);
        String keep = System.getProperty("bench.keep", "");
        Path kept = keep.isBlank() ? null : Files.createDirectories(Path.of(keep));
        boolean wholeSignals = Boolean.parseBoolean(System.getProperty("bench.whole-signals", "true"));
        boolean ok = true;
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%n| Database | Signals of history | In the window | Read | Median (ms) |"
                + " Ratio to %,d | CPU median (ms) | CPU ratio |%n|---|---:|---:|---|---:|---:|---:|---:|%n", sizes[0]));
        for (String database : databases) {
            Map<String, TemperatureService> services = new LinkedHashMap<>();
            List<HikariDataSource> pools = new ArrayList<>();
            for (int size : sizes) {
                boolean reuse = kept != null && database.equals("h2");
                Path loaded = reuse ? kept.resolve("h2-" + size + ".loaded") : null;
                HikariDataSource pool = pool(database, size, reuse ? kept : null, dir);
                pools.add(pool);
                if (loaded != null && Files.exists(loaded)) {
                    System.out.printf(Locale.ROOT, "%s: %,d signals kept from an earlier run in %s%n", database,
                            size, kept.toAbsolutePath());
                } else {
                    long start = System.nanoTime();
                    load(pool, size, new Random(20_261_128L + size), database.equals("postgres"));
                    System.out.printf(Locale.ROOT, "%s: %,d signals loaded in %.1f s%n", database, size,
                            (System.nanoTime() - start) / 1e9);
                    if (loaded != null) {
                        Files.writeString(loaded, "loaded " + Instant.now() + "\n");
                    }
                }
                if (database.equals("h2") && compact) {
                    pool = compacted(pool);
                    pools.set(pools.size() - 1, pool);
                }
                if (database.equals("h2")) {
                    try (Connection c = pool.getConnection()) {
                        System.out.printf(Locale.ROOT, "  (H2 page cache %,d MB)%n", cacheMegabytes(c));
                    }
                }
                if (Boolean.getBoolean("bench.explain")) {
                    explain(pool, database);
                }
                JdbcPersistence persistence = new JdbcPersistence(pool);
                TemperatureService evidence = service(persistence, persistence.signals());
                services.put(EVIDENCE + size, evidence);
                TemperatureService whole = service(persistence, wholeSignals(persistence.signals()));
                sameMap(evidence, whole, database, size);
                if (wholeSignals) {
                    services.put(WHOLE + size, whole);
                }
            }
            Map<String, List<Double>> times = measure(services, warmups, rounds);
            for (String read : wholeSignals ? List.of(EVIDENCE, WHOLE) : List.of(EVIDENCE)) {
                double base = median(times.get(read + sizes[0]));
                double cpuBase = median(times.get(read + sizes[0] + CPU));
                for (int size : sizes) {
                    double median = median(times.get(read + size));
                    double cpu = median(times.get(read + size + CPU));
                    table.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %.1f | %.2f | %.1f | %.2f |%n",
                            database, size, ACTIVE, read.strip(), median, median / base, cpu, cpu / cpuBase));
                }
            }
            double ratio = median(times.get(EVIDENCE + sizes[sizes.length - 1])) / median(times.get(EVIDENCE + sizes[0]));
            ok &= ratio <= TARGET;
            pools.forEach(HikariDataSource::close);
        }
        System.out.println(table);
        System.out.printf(Locale.ROOT, "Target: the largest history at most %.1f times the smallest: %s%n", TARGET,
                ok ? "met" : "NOT met");
    }

    /** The map as the product reads it (evidence only) and as it read it before (whole signals), per size. */
    private static final String EVIDENCE = "evidence ";
    private static final String WHOLE = "whole signals ";

    /**
     * The signal repository as it was before the map read evidence only: everything passed on, except that the
     * window's evidence is taken from whole signals ({@link SignalRepository}'s default).
     */
    private static SignalRepository wholeSignals(SignalRepository signals) {
        return new ForwardingSignalRepository(signals) {
        };
    }

    /** Both reads must give the same map, to the last digit, or the faster one measures nothing worth having. */
    private static void sameMap(TemperatureService evidence, TemperatureService whole, String database, int size) {
        TemperatureMapReport a = evidence.showTemperatureMap(COORDINATOR, ALL);
        TemperatureMapReport b = whole.showTemperatureMap(COORDINATOR, ALL);
        if (!a.figures().equals(b.figures()) || !a.rollUp().equals(b.rollUp())) {
            throw new IllegalStateException(database + ", " + size + ": the map from evidence differs from the map"
                    + " from whole signals");
        }
        long warm = a.figures().stream().filter(f -> f.score() > 0).count();
        System.out.printf(Locale.ROOT, "  (the same map both ways: %,d cells, %,d with a score)%n", a.figures().size(),
                warm);
    }

    private static final Actor COORDINATOR = new Actor(new AccountId(new UUID(1, 1)), "regisseur",
            Set.of(Role.COORDINATOR), Set.of());
    private static final TemperatureMapQuery ALL = new TemperatureMapQuery(null);

    /** The key of a map's CPU times: its key and this. */
    private static final String CPU = " cpu";

    /**
     * Warm up, then the sizes in turn for {@code rounds} rounds; milliseconds per map, per size, and the CPU time of
     * this thread per map under the size's key with {@link #CPU} (H2 runs its queries in the calling thread, so this
     * includes its work; a PostgreSQL server's work is in its own processes and not counted).
     */
    private static Map<String, List<Double>> measure(Map<String, TemperatureService> services, int warmups,
            int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        services.keySet().forEach(size -> {
            times.put(size, new ArrayList<>());
            times.put(size + CPU, new ArrayList<>());
        });
        for (int round = -warmups; round < rounds; round++) {
            for (Map.Entry<String, TemperatureService> e : services.entrySet()) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                int cells = e.getValue().showTemperatureMap(COORDINATOR, ALL).figures().size();
                double ms = (System.nanoTime() - start) / 1e6;
                double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                if (cells == 0) {
                    throw new IllegalStateException("an empty map measures nothing");
                }
                if (round >= 0) {
                    times.get(e.getKey()).add(ms);
                    times.get(e.getKey() + CPU).add(cpuMs);
                }
            }
        }
        return times;
    }

    private static TemperatureService service(JdbcPersistence p, SignalRepository signals) {
        return new TemperatureService(signals, p.polls(), p.alerts(), p.accounts(), p.register(), p.themes(),
                message -> { }, UUID::randomUUID, Clock.fixed(NOW, ZoneOffset.UTC), TemperatureSettings.defaults(),
                ZoneId.of("Europe/Amsterdam"), URI.create("http://localhost:8080"));
    }

    /**
     * A pool on a new database, or for H2 with {@code kept} on the file {@code kept/h2-<size>} that an earlier run may
     * have loaded already. H2 gets {@code bench.h2.options} after the mode settings of the product's URL.
     */
    static HikariDataSource pool(String database, int size, Path kept, Path dir) {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(4);
        if (database.equals("h2")) {
            // a file, as the embedded default
            Path file = kept != null ? kept.toAbsolutePath().resolve("h2-" + size)
                    : dir.toAbsolutePath().resolve("h2-" + size + "-" + UUID.randomUUID());
            config.setJdbcUrl("jdbc:h2:file:" + file + TestDatabases.H2_MODE
                    + System.getProperty("bench.h2.options", ""));
        } else if (database.equals("postgres")) {
            config.setJdbcUrl(TestDatabases.emptyPostgresUrl() + "&reWriteBatchedInserts=true"
                    + System.getProperty("bench.postgres.options", ""));
        } else {
            throw new IllegalArgumentException("h2 or postgres: " + database);
        }
        HikariDataSource pool = new HikariDataSource(config);
        JdbcPersistence.migrate(pool);
        return pool;
    }

    /**
     * {@code size} signals: {@value #ACTIVE} observed in the last 90 days (JDBC batches, valid in every respect), the
     * rest between 100 days and ten years ago (generated in the database, see {@link #history}). Row values that are
     * not times, places or codes are copied from one signal stored through the repository, so they are what the
     * application writes.
     */
    /** History signals per committed chunk. */
    private static final int HISTORY_CHUNK = 50_000;

    static void load(DataSource dataSource, int size, Random random, boolean postgres) throws SQLException {
        JdbcPersistence persistence = new JdbcPersistence(dataSource);
        List<String> buurten = new ArrayList<>();
        List<String> themes = new ArrayList<>();
        persistence.register().neighbourhoods().forEach(b -> buurten.add(b.code().value()));
        persistence.themes().findAll().stream().filter(t -> t.active()).forEach(t -> themes.add(t.code().value()));
        Signal template = SignalBuilder.aSignal().in(buurten.get(0)).about(themes.get(0)).receivedAt(NOW).build();
        persistence.signals().save(template);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Object[] row;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select reporter_kind, "
                    + "reporter_label, how_obtained, description, assignee, status, reporter_id from signal")) {
                rs.next();
                row = new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5), rs.getString(6), rs.getObject(7)};
            }
            Object[] event;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select kind, actor from signal_event"
                    + " where step = 0")) {
                rs.next();
                event = new Object[] {rs.getString(1), rs.getObject(2)};
            }
            try (PreparedStatement signal = c.prepareStatement("""
                    insert into signal (id, tracking_code, reporter_kind, reporter_label, how_obtained, intensity,
                        description, observed_at, received_at, last_observed_at, assignee, status, reporter_id, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""");
                    PreparedStatement buurt = c.prepareStatement(
                            "insert into signal_neighbourhood (signal_id, neighbourhood_code, last_observed_at)"
                                    + " values (?, ?, ?)");
                    PreparedStatement theme = c.prepareStatement(
                            "insert into signal_theme (signal_id, theme_code) values (?, ?)");
                    PreparedStatement history = c.prepareStatement(
                            "insert into signal_event (signal_id, step, kind, at, actor, note) values (?, 0, ?, ?, ?, '')")) {
                long windowSeconds = Duration.ofDays(90).toSeconds();
                for (int i = 1; i < ACTIVE; i++) {
                    UUID id = new UUID(random.nextLong(), random.nextLong());
                    long ago = (long) (random.nextDouble() * windowSeconds);
                    Timestamp at = Timestamp.from(NOW.minusSeconds(ago));
                    signal.setObject(1, id);
                    signal.setString(2, trackingCode(i));
                    signal.setString(3, (String) row[0]);
                    signal.setString(4, (String) row[1]);
                    signal.setString(5, (String) row[2]);
                    signal.setInt(6, 1 + random.nextInt(5));
                    signal.setString(7, (String) row[3]);
                    signal.setTimestamp(8, at);
                    signal.setTimestamp(9, at);
                    signal.setTimestamp(10, at);
                    signal.setObject(11, row[4]);
                    signal.setString(12, (String) row[5]);
                    signal.setObject(13, row[6]);
                    signal.addBatch();
                    buurt.setObject(1, id);
                    buurt.setString(2, buurten.get(random.nextInt(buurten.size())));
                    buurt.setTimestamp(3, at);
                    buurt.addBatch();
                    theme.setObject(1, id);
                    theme.setString(2, themes.get(random.nextInt(themes.size())));
                    theme.addBatch();
                    history.setObject(1, id);
                    history.setString(2, (String) event[0]);
                    history.setTimestamp(3, at);
                    history.setObject(4, event[1]);
                    history.addBatch();
                    if (i % BATCH == 0 || i == ACTIVE - 1) {
                        signal.executeBatch();
                        buurt.executeBatch();
                        theme.executeBatch();
                        history.executeBatch();
                        c.commit();
                    }
                }
            }
            if (postgres) {
                history(c, size - ACTIVE, row, event, buurten, themes, true);
            } else {
                // H2 only while it loads: a page cache of 2 GB (the million's file does not fit the default and the
                // load would read it back from disk as it writes) and no foreign-key look-ups per generated row (the
                // ids come from the signal table itself); both back to what they were before the measuring (H2
                // keeps SET CACHE_SIZE in the database file)
                int cacheMb = cacheMegabytes(c);
                try (Statement s = c.createStatement()) {
                    s.execute("set cache_size 2097152");
                    s.execute("set referential_integrity false");
                }
                try {
                    history(c, size - ACTIVE, row, event, buurten, themes, false);
                } finally {
                    try (Statement s = c.createStatement()) {
                        s.execute("set referential_integrity true");
                        s.execute("set cache_size " + cacheMb * 1024);
                    }
                }
            }
            long loaded = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
            System.out.printf(Locale.ROOT, "  (analyze %.1f s)%n", (System.nanoTime() - loaded) / 1e9);
            c.commit();
        }
    }

    /**
     * The H2 file rewritten without the space that loading left unused ({@code SHUTDOWN COMPACT}), as a database at
     * rest: H2 moves live pages out of sparsely filled chunks in the background as it runs, and a file loaded in
     * minutes would otherwise be measured while that goes on (a freshly loaded million fills less than half its file).
     */
    private static HikariDataSource compacted(HikariDataSource pool) throws SQLException {
        String url = pool.getJdbcUrl();
        pool.close();
        long start = System.nanoTime();
        try (Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("shutdown compact");
        }
        System.out.printf(Locale.ROOT, "  (compacted in %.1f s)%n", (System.nanoTime() - start) / 1e9);
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(4);
        config.setJdbcUrl(url);
        return new HikariDataSource(config);
    }

    /**
     * The plans of the map's queries as run (H2's {@code EXPLAIN ANALYZE}, PostgreSQL's with buffers): those of
     * {@code JdbcSignalRepository.evidenceObservedSince(since)}, the window's signals and then their buurten by id
     * (themes and sightings are looked up the same way).
     */
    private static void explain(DataSource pool, String database) throws SQLException {
        String explain = database.equals("postgres") ? "explain (analyze, buffers) " : "explain analyze ";
        String window = "select s.id, s.intensity, s.reliability, s.observed_at, s.last_observed_at, s.reporter_kind,"
                + " s.reporter_id, s.reporter_label from signal s where s.last_observed_at >= ?"
                + " order by s.received_at desc, s.id";
        java.time.OffsetDateTime since = java.time.OffsetDateTime.ofInstant(
                TemperatureSettings.defaults().signalsNeededFrom(NOW), ZoneOffset.UTC);
        List<Object> ids = new ArrayList<>();
        try (Connection c = pool.getConnection()) {
            try (PreparedStatement p = c.prepareStatement(window)) {
                p.setObject(1, since);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next() && ids.size() < 1_000) {
                        ids.add(rs.getObject(1));
                    }
                }
            }
            String buurten = "select signal_id, neighbourhood_code from signal_neighbourhood where signal_id in ("
                    + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
            for (String query : List.of(window, buurten)) {
                try (PreparedStatement p = c.prepareStatement(explain + query)) {
                    if (query == window) {
                        p.setObject(1, since);
                    } else {
                        for (int i = 0; i < ids.size(); i++) {
                            p.setObject(i + 1, ids.get(i));
                        }
                    }
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            // without the ids themselves
                            System.out.println("    "
                                    + rs.getString(1).replaceAll("'?[0-9a-f]{8}-[0-9a-f-]{27}'?,? ?", ""));
                        }
                    }
                }
            }
        }
    }

    /** H2's page cache in megabytes, as the database uses it now. */
    static int cacheMegabytes(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select setting_value from"
                + " information_schema.settings where setting_name = 'info.CACHE_MAX_SIZE'")) {
            if (!rs.next()) {
                throw new IllegalStateException("H2 did not say the size of its cache");
            }
            return Integer.parseInt(rs.getString(1));
        }
    }

    /**
     * The history outside the window, generated inside the database in one statement per table (a million rows in
     * seconds rather than minutes of batches): observed between 100 days and ten years ago, buurt and theme spread
     * evenly. Its tracking codes ({@code 00000000001}, ...) fit the column but not the domain's format; the map never
     * reads these rows, and nothing else runs in the benchmark.
     */
    private static void history(Connection c, int count, Object[] row, Object[] event, List<String> buurten,
            List<String> themes, boolean postgres) throws SQLException {
        if (count <= 0) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("create table bench_buurt (k integer primary key, code varchar(10))");
            s.execute("create table bench_theme (k integer primary key, code varchar(40))");
        }
        try (PreparedStatement b = c.prepareStatement("insert into bench_buurt values (?, ?)");
                PreparedStatement t = c.prepareStatement("insert into bench_theme values (?, ?)")) {
            for (int k = 0; k < buurten.size(); k++) {
                b.setInt(1, k);
                b.setString(2, buurten.get(k));
                b.addBatch();
            }
            for (int k = 0; k < themes.size(); k++) {
                t.setInt(1, k);
                t.setString(2, themes.get(k));
                t.addBatch();
            }
            b.executeBatch();
            t.executeBatch();
        }
        long from = Duration.ofDays(100).toSeconds();
        long span = Duration.ofDays(3_650).toSeconds() - from;
        // a spread of moments over the history: x * a large prime, modulo the span
        String secondsAgo = "(" + from + " + mod(cast(x as bigint) * 7919, " + span + "))";
        String at = postgres ? "(cast(? as timestamp with time zone) - " + secondsAgo + " * interval '1 second')"
                : "dateadd(second, -" + secondsAgo + ", cast(? as timestamp with time zone))";
        String numbers = postgres ? "generate_series(?, ?) as x" : "(select \"X\" as x from system_range(?, ?)) r";
        String uuid = postgres ? "gen_random_uuid()" : "random_uuid()";
        // in chunks, each committed: H2 keeps a transaction's undo log until the commit, and one transaction of a
        // million rows in four tables did not finish in 14 minutes (100,000 took half a minute)
        for (int first = 1; first <= count; first += HISTORY_CHUNK) {
            int last = Math.min(count, first + HISTORY_CHUNK - 1);
            historyChunk(c, first, last, row, event, buurten.size(), themes.size(), at, numbers, uuid);
            c.commit();
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop table bench_buurt");
            s.execute("drop table bench_theme");
        }
        c.commit();
    }

    /** History signals {@code first..last} (their tracking codes are the zero-padded numbers) with their child rows. */
    private static void historyChunk(Connection c, int first, int last, Object[] row, Object[] event, int buurten,
            int themes, String at, String numbers, String uuid) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into signal (id, tracking_code, reporter_kind, reporter_id, reporter_label, how_obtained,
                    intensity, description, observed_at, received_at, last_observed_at, assignee, status, version)
                select %s, '0' || lpad(cast(x as varchar(10)), 10, '0'), ?, ?, ?, ?, 1 + mod(x, 5), ?, %s, %s, %s,
                    ?, ?, 1
                  from %s""".formatted(uuid, at, at, at, numbers))) {
            Timestamp now = Timestamp.from(NOW);
            int p = 1;
            insert.setString(p++, (String) row[0]);
            insert.setObject(p++, row[6]);
            insert.setString(p++, (String) row[1]);
            insert.setString(p++, (String) row[2]);
            insert.setString(p++, (String) row[3]);
            insert.setTimestamp(p++, now);
            insert.setTimestamp(p++, now);
            insert.setTimestamp(p++, now);
            insert.setObject(p++, row[4]);
            insert.setString(p++, (String) row[5]);
            insert.setInt(p++, first);
            insert.setInt(p, last);
            insert.executeUpdate();
        }
        // the chunk's signals by their tracking codes (indexed), and a lookup per row (a join lets H2 scan all
        // signals once per buurt)
        String chunk = " from signal s where s.tracking_code between '" + historyCode(first) + "' and '"
                + historyCode(last) + "'";
        String number = "cast(substring(s.tracking_code, 2) as integer)";
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into signal_neighbourhood (signal_id, neighbourhood_code, last_observed_at)"
                    + " select s.id, (select b.code from bench_buurt b where b.k = mod(" + number + " * 31, " + buurten
                    + ")), s.last_observed_at" + chunk);
            s.executeUpdate("insert into signal_theme (signal_id, theme_code) select s.id, (select t.code"
                    + " from bench_theme t where t.k = mod(" + number + " * 17, " + themes + "))" + chunk);
        }
        try (PreparedStatement e = c.prepareStatement("insert into signal_event (signal_id, step, kind, at, actor,"
                + " note) select s.id, 0, ?, s.received_at, ?, ''" + chunk)) {
            e.setString(1, (String) event[0]);
            e.setObject(2, event[1]);
            e.executeUpdate();
        }
    }

    /** The tracking code of history signal {@code n}, as the insert makes it: '0' and the number in ten digits. */
    private static String historyCode(int n) {
        return "0" + String.format(Locale.ROOT, "%010d", n);
    }

    /** A unique code in the tracking-code alphabet for every number. */
    private static String trackingCode(int n) {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        StringBuilder code = new StringBuilder();
        long rest = n;
        for (int i = 0; i < 9; i++) {
            if (i > 0 && i % 3 == 0) {
                code.insert(0, '-');
            }
            code.insert(0, alphabet.charAt((int) (rest % alphabet.length())));
            rest /= alphabet.length();
        }
        return code.toString();
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
