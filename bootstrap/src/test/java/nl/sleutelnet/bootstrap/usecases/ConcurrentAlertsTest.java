package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.adapters.persistence.jdbc.JdbcPersistence;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.temperature.AlertSummary;
import nl.sleutelnet.application.port.in.temperature.ListAlertsUseCase;
import nl.sleutelnet.application.port.out.AuditLog;
import nl.sleutelnet.bootstrap.Core;
import nl.sleutelnet.bootstrap.CoreSettings;
import nl.sleutelnet.bootstrap.support.BCryptPasswordHasher;
import nl.sleutelnet.bootstrap.support.SecureRandomSecrets;
import nl.sleutelnet.bootstrap.support.SpringTransactions;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditResult;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.temperature.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Two reports about the same buurt at the same moment, on a real database with real transactions (H2 and
 * PostgreSQL): one report alone leaves the buurt calm, both together make it tense. The alert must be raised however
 * the two interleave. The hard case is forced here: the first report is written and judged but not yet committed when
 * the second is judged. Without the watch holding the buurt, the second reads the evidence without the first (it is
 * not committed), the first was judged without the second, and no alert is ever raised for that crossing.
 */
class ConcurrentAlertsTest {

    private static final String MALBERG = "BU09350207";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgres"})
    void twoReportsOneAfterTheOtherMakeTheBuurtTenseWithOneAlert(String db) {
        DataSource database = database(db);
        Core core = core(new JdbcPersistence(database), database);
        Actor coordinator = coordinator(core);

        report(core, coordinator, "Eerste melding over leuzen op de muur");
        assertThat(alerts(core, coordinator)).as("one report: still calm").isEmpty();
        report(core, coordinator, "Tweede melding over groepen die elkaar opwachten");

        assertThat(alerts(core, coordinator)).singleElement().satisfies(a -> {
            assertThat(a.alert().from()).isEqualTo(Level.CALM);
            assertThat(a.alert().to()).isEqualTo(Level.TENSE);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgres"})
    void twoReportsAtTheSameMomentThatOnlyTogetherCrossALevelStillRaiseItsAlert(String db) throws Exception {
        DataSource database = database(db);
        AtomicReference<Thread> first = new AtomicReference<>();
        CountDownLatch firstJudged = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        Persistence interposed = Interposed.persistence(new JdbcPersistence(database), "auditLog", "append",
                (log, args) -> {
                    AuditEntry entry = (AuditEntry) args[0];
                    if (Thread.currentThread() == first.get() && entry.action().startsWith("ReportSignal")
                            && entry.result() == AuditResult.SUCCESS) {
                        // the first report is written and judged; its transaction stays open while the second
                        // comes in. A second that waits for the buurt cannot finish before this commits, so stop
                        // waiting for it after a moment.
                        firstJudged.countDown();
                        secondDone.await(700, TimeUnit.MILLISECONDS);
                    }
                    ((AuditLog) log).append(entry);
                    return null;
                });
        Core core = core(interposed, database);
        Actor coordinator = coordinator(core);

        Thread firstReport = new Thread(() -> report(core, coordinator, "Eerste melding over leuzen op de muur"));
        first.set(firstReport);
        firstReport.start();
        assertThat(firstJudged.await(30, TimeUnit.SECONDS)).as("the first report reached its audit entry").isTrue();
        report(core, coordinator, "Tweede melding over groepen die elkaar opwachten");
        secondDone.countDown();
        firstReport.join(30_000);

        assertThat(alerts(core, coordinator)).as("the crossing that both reports made together")
                .singleElement().satisfies(a -> {
                    assertThat(a.alert().from()).isEqualTo(Level.CALM);
                    assertThat(a.alert().to()).isEqualTo(Level.TENSE);
                });
    }

    private static DataSource database(String db) {
        return db.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
    }

    private static Core core(Persistence persistence, DataSource database) {
        AtomicLong next = new AtomicLong();
        return new Core(persistence, new BCryptPasswordHasher(4), new SecureRandomSecrets(),
                () -> new UUID(0x5eed, next.incrementAndGet()), Clock.systemUTC(), new RecordingNotifier(),
                CoreSettings.defaults(), new SpringTransactions(new DataSourceTransactionManager(database)));
    }

    private static Actor coordinator(Core core) {
        return core.useCase(CreateAccountUseCase.class).createAccount(Actor.system(), new CreateAccountCommand(
                "regisseur", "Regisseur", List.of("COORDINATOR"), List.of(), "een test wachtwoord")).asActor();
    }

    /** An own observation about Malberg and the theme wij-zij at intensity 5, not assessed: 1.25 on its own. */
    private static void report(Core core, Actor actor, String description) {
        core.useCase(ReportSignalUseCase.class).reportSignal(actor, new ReportSignalCommand(null, null, null,
                "OWN_OBSERVATION", List.of(MALBERG), List.of("wij-zij"), 5, description, null, null));
    }

    private static List<AlertSummary> alerts(Core core, Actor actor) {
        return core.useCase(ListAlertsUseCase.class).listAlerts(actor, PageRequest.first()).items();
    }
}
