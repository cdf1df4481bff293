package nl.sleutelnet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.application.port.in.account.SignInCommand;
import nl.sleutelnet.application.port.in.account.SignInThrottledException;
import nl.sleutelnet.application.port.in.account.SignInUseCase;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.bootstrap.web.Http;
import nl.sleutelnet.bootstrap.web.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scale-out: two instances of the application on one PostgreSQL database, as behind a load balancer. A session
 * started on one is served by the other (sessions live in the database), signing out on one ends it on both, and a
 * scheduled job (poll housekeeping, overdue reminder, retention) fired on both at the same moment runs once; failed
 * sign-ins on one count on the other.
 */
class TwoInstancesTest {

    private static final String PASSWORD = "een wachtwoord voor twee instanties";

    @Test
    void aSessionMovesBetweenInstancesAndAScheduledJobRunsOnOneOfThem() throws Exception {
        String database = TestDatabases.emptyPostgresUrl();
        try (ConfigurableApplicationContext a = start(database);
                ConfigurableApplicationContext b = start(database)) {
            Http first = new Http(port(a));
            Http second = new Http(port(b));

            StaffSession onFirst = new StaffSession(first).signIn("beheerder", PASSWORD);
            assertThat(onFirst.signedIn()).as(onFirst.lastSignIn().body()).isTrue();
            String cookie = "JSESSIONID=" + onFirst.sessionId();
            Http.Response start = second.get("/", "Cookie", cookie);
            assertThat(start.status()).as("the other instance knows the session").isEqualTo(200);
            assertThat(start.body()).contains("beheerder").contains("/uitloggen");

            StaffSession onSecond = new StaffSession(second).adopt(onFirst.sessionId());
            onSecond.get("/");
            Http.Response signedOut = onSecond.post("/uitloggen", "");
            assertThat(signedOut.header("Location")).contains("/inloggen");
            Http.Response afterwards = first.get("/", "Cookie", cookie);
            assertThat(afterwards.status()).isEqualTo(302);
            assertThat(afterwards.header("Location")).as("signed out on both").contains("/inloggen");

            // failed sign-ins are counted in the database: five on the first, and the second slows down too
            SignInUseCase signInOnFirst = a.getBean(SignInUseCase.class);
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> signInOnFirst.signIn(new SignInCommand("beheerder", "fout", null)))
                        .isInstanceOf(DomainException.class);
            }
            assertThatThrownBy(() -> b.getBean(SignInUseCase.class).signIn(new SignInCommand("beheerder", PASSWORD,
                    null))).as("the other instance counts the same failures")
                    .isInstanceOf(SignInThrottledException.class);

            JdbcClient jdbc = a.getBean(JdbcClient.class);
            ScheduledJobs[] instances = {a.getBean(ScheduledJobs.class), b.getBean(ScheduledJobs.class)};
            fireOnBoth(a.getBean(PollSchedule.class)::run, b.getBean(PollSchedule.class)::run);
            fireOnBoth(a.getBean(OverdueSchedule.class)::run, b.getBean(OverdueSchedule.class)::run);
            fireOnBoth(a.getBean(RetentionSchedule.class)::run, b.getBean(RetentionSchedule.class)::run);
            for (String[] job : new String[][] {{PollSchedule.JOB, "pollHousekeeping"},
                    {OverdueSchedule.JOB, "remindOverdueSignals"}, {RetentionSchedule.JOB, "applyRetention"}}) {
                assertThat(jdbc.sql("select count(*) from audit_entry where action like ?").param("%" + job[1])
                        .query(Integer.class).single()).as(job[0] + " ran on one instance").isEqualTo(1);
                assertThat(jdbc.sql("select locked_by from job_lock where name = ?").param(job[0])
                        .query(String.class).single()).isIn(instances[0].holder(), instances[1].holder());
            }
        }
    }

    /** Fires a job's schedule on both instances at the same moment, and waits for both. */
    private static void fireOnBoth(Runnable onFirst, Runnable onSecond) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Runnable schedule : List.of(onFirst, onSecond)) {
                runs.add(pool.submit(() -> {
                    together.await();
                    schedule.run();
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(SleutelnetApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--sleutelnet.admin.username=beheerder",
                "--sleutelnet.admin.password=" + PASSWORD, "--sleutelnet.security.bcrypt-strength=4",
                "--sleutelnet.polls.housekeeping.initial-delay=PT10H", "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
