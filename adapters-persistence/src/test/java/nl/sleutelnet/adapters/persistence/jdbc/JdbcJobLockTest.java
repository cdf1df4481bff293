package nl.sleutelnet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.application.port.out.JobLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The claim on a scheduled job that two instances on one database share, on H2 and PostgreSQL. */
class JdbcJobLockTest {

    private static final Instant T = Instant.parse("2026-11-25T03:00:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) TestDatabases::h2),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) TestDatabases::postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aClaimHoldsUntilItRunsOutOrIsReleasedAndOnlyItsHolderReleasesIt(String name, Supplier<DataSource> db) {
        JobLock lock = new JdbcPersistence(db.get()).jobLock();

        assertThat(lock.tryClaim("retention", "instance-a", T, T.plusSeconds(600))).isTrue();
        assertThat(lock.tryClaim("retention", "instance-b", T.plusSeconds(60), T.plusSeconds(660)))
                .as("held by a").isFalse();
        assertThat(lock.tryClaim("poll-housekeeping", "instance-b", T, T.plusSeconds(600)))
                .as("another job is free").isTrue();

        lock.release("retention", "instance-b", T);
        assertThat(lock.tryClaim("retention", "instance-b", T.plusSeconds(60), T.plusSeconds(660)))
                .as("b cannot release a's claim").isFalse();

        lock.release("retention", "instance-a", T.plusSeconds(120));
        assertThat(lock.tryClaim("retention", "instance-b", T.plusSeconds(90), T.plusSeconds(700)))
                .as("released, but held until 120 s").isFalse();
        assertThat(lock.tryClaim("retention", "instance-b", T.plusSeconds(120), T.plusSeconds(700))).isTrue();
        assertThat(lock.tryClaim("retention", "instance-a", T.plusSeconds(700), T.plusSeconds(1300)))
                .as("a claim that ran out is taken over (an instance that died)").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ofManyInstancesClaimingAtOnceExactlyOneWins(String name, Supplier<DataSource> db) throws Exception {
        DataSource dataSource = db.get();
        new JdbcPersistence(dataSource).jobLock().tryClaim("warm-up", "x", T, T);
        for (Instant at : List.of(T, T.plusSeconds(3600))) {
            int instances = 6;
            CyclicBarrier together = new CyclicBarrier(instances);
            ExecutorService pool = Executors.newFixedThreadPool(instances);
            try {
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    JobLock lock = new JdbcPersistence(dataSource).jobLock();
                    String holder = "instance-" + i;
                    Callable<Boolean> claim = () -> {
                        together.await();
                        return lock.tryClaim("overdue-check", holder, at, at.plusSeconds(1800));
                    };
                    claims.add(pool.submit(claim));
                }
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).as("first claim ever, then one that ran out, at %s", at).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
