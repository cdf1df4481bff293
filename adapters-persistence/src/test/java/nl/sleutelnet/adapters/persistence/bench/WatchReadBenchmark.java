package nl.sleutelnet.adapters.persistence.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.sleutelnet.adapters.persistence.jdbc.JdbcPersistence;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The temperature watch's read after a report: the evidence of one buurt × theme inside the window
 * ({@link SignalRepository#evidenceObservedSince(Instant, Set, Set)}), on the databases of
 * {@link TemperatureMapBenchmark} ({@value TemperatureMapBenchmark#ACTIVE} signals in the window and history up to
 * each size), per size, on H2 and PostgreSQL. It should not grow with the history. For comparison it also runs the read
 * as it was before migration V17 (one join that PostgreSQL and H2 started from every theme row or every signal of
 * the window); both must find the same rows.
 *
 * <p>Run by {@code -Pbenchmark} with {@code -Dbenchmark.main=nl.sleutelnet.adapters.persistence.bench.WatchReadBenchmark}
 * (see {@code docs/performance.md}); the properties {@code bench.sizes}, {@code bench.rounds}, {@code bench.warmups}
 * and {@code bench.databases} are those of {@link TemperatureMapBenchmark}.
 */
public final class WatchReadBenchmark {

    /** The read before V17, kept here to compare with. */
    private static final String BEFORE_V17 = """
            select s.id, n.neighbourhood_code, t.theme_code
            from signal s
            join signal_neighbourhood n on n.signal_id = s.id and n.neighbourhood_code in (:buurten)
            join signal_theme t on t.signal_id = s.id and t.theme_code in (:themes)
            left join signal_sighting g on g.signal_id = s.id
            where s.last_observed_at >= :since
            order by s.received_at desc, s.id, n.neighbourhood_code, t.theme_code, g.position""";

    private WatchReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.getInteger("bench.rounds", 15);
        int warmups = Integer.getInteger("bench.warmups", 5);
        List<String> databases = List.of(System.getProperty("bench.databases", "h2,postgres").split(","));
        Path dir = Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/bench")));
        Instant since = TemperatureSettings.defaults().signalsNeededFrom(TemperatureMapBenchmark.NOW);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n| Database | Signals of history | Read |"
                + " Median per cell (ms) | Ratio to %,d |%n|---|---:|---|---:|---:|%n", sizes[0]));
        for (String database : databases) {
            double[][] medians = new double[2][sizes.length];
            for (int k = 0; k < sizes.length; k++) {
                try (HikariDataSource pool = TemperatureMapBenchmark.pool(database, sizes[k], null, dir)) {
                    TemperatureMapBenchmark.load(pool, sizes[k], new Random(20_261_128L + sizes[k]),
                            database.equals("postgres"));
                    JdbcClient jdbc = JdbcClient.create(pool);
                    jdbc.sql("analyze").update();
                    SignalRepository signals = new JdbcPersistence(pool).signals();
                    List<String> buurten = jdbc.sql("select code from neighbourhood order by code")
                            .query(String.class).list();
                    List<String> themes = jdbc.sql("select code from theme where active order by code")
                            .query(String.class).list();
                    List<Double> now = new ArrayList<>();
                    List<Double> before = new ArrayList<>();
                    int cell = 0;
                    for (int round = -warmups; round < rounds; round++) {
                        // every round a different buurt × theme, in the same order for every size
                        for (int i = 0; i < 10; i++, cell++) {
                            String buurt = buurten.get(cell % buurten.size());
                            String theme = themes.get(cell * 7 % themes.size());
                            long start = System.nanoTime();
                            int found = signals.evidenceObservedSince(since, Set.of(NeighbourhoodCode.of(buurt)),
                                    Set.of(ThemeCode.of(theme))).size();
                            long middle = System.nanoTime();
                            int foundBefore = (int) jdbc.sql(BEFORE_V17).param("since", Timestamp.from(since))
                                    .param("buurten", List.of(buurt)).param("themes", List.of(theme))
                                    .query().listOfRows().stream().map(r -> r.get("id")).distinct().count();
                            long end = System.nanoTime();
                            if (found != foundBefore) {
                                throw new IllegalStateException(database + ", " + sizes[k] + ", " + buurt + " × "
                                        + theme + ": " + found + " signals now, " + foundBefore + " before V17");
                            }
                            if (round >= 0) {
                                now.add((middle - start) / 1e6);
                                before.add((end - middle) / 1e6);
                            }
                        }
                    }
                    medians[0][k] = TemperatureMapBenchmark.median(now);
                    medians[1][k] = TemperatureMapBenchmark.median(before);
                    System.out.printf(Locale.ROOT, "%s, %,d signals: %.2f ms now, %.2f ms before V17%n", database,
                            sizes[k], medians[0][k], medians[1][k]);
                }
            }
            for (int read = 0; read < 2; read++) {
                for (int k = 0; k < sizes.length; k++) {
                    table.append(String.format(Locale.ROOT, "| %s | %,d | %s | %.2f | %.2f |%n", database, sizes[k],
                            read == 0 ? "now (V17)" : "before V17", medians[read][k], medians[read][k] / medians[read][0]));
                }
            }
        }
        System.out.println(table);
    }
}
