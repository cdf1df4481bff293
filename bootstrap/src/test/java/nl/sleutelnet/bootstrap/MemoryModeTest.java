package nl.sleutelnet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.memory.MemoryPersistence;
import nl.sleutelnet.application.port.in.account.SignInCommand;
import nl.sleutelnet.application.port.in.account.SignInUseCase;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.application.port.in.evaluation.EvaluationQuery;
import nl.sleutelnet.application.port.in.evaluation.ShowEvaluationReportUseCase;
import nl.sleutelnet.domain.evaluation.EvaluationReport;
import nl.sleutelnet.application.port.in.intervention.InterventionQuery;
import nl.sleutelnet.application.port.in.intervention.SearchInterventionsUseCase;
import nl.sleutelnet.application.port.in.signal.SearchSignalsUseCase;
import nl.sleutelnet.application.port.in.signal.SignalQuery;
import nl.sleutelnet.domain.access.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** With the profile {@code memory} the application runs without any database, and the demo data loads. */
@SpringBootTest(properties = {"sleutelnet.admin.password=een wachtwoord in het geheugen",
    "sleutelnet.security.bcrypt-strength=4"})
@ActiveProfiles({"memory", "demo"})
class MemoryModeTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Persistence persistence;

    @Autowired
    ListDistrictsUseCase districts;

    @Autowired
    SignInUseCase signIn;

    @Autowired
    SearchSignalsUseCase signals;

    @Autowired
    SearchInterventionsUseCase interventions;

    @Autowired
    ShowEvaluationReportUseCase evaluation;

    @Test
    void runsOnTheMemoryAdapterWithoutADatabase() {
        assertThat(persistence).isInstanceOf(MemoryPersistence.class);
        assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
        assertThat(districts.listDistricts(Actor.system())).hasSize(7);
        assertThat(signIn.signIn(new SignInCommand("admin", "een wachtwoord in het geheugen")).username())
                .isEqualTo("admin");
        assertThat(signIn.signIn(new SignInCommand("regisseur", DemoData.PASSWORD)).roles())
                .extracting(Enum::name).containsExactly("COORDINATOR");
        Actor coordinator = signIn.signIn(new SignInCommand("regisseur", DemoData.PASSWORD));
        assertThat(signals.searchSignals(coordinator, new SignalQuery(null, false, null, null, null, 0, 50)).items()
                .subList(0, 5)).extracting(s -> s.status().name())
                .as("the assessed signal about the schoolplein is taken up by the demo intervention")
                .containsExactlyInAnyOrder("RECEIVED", "RECEIVED", "RECEIVED", "ACTED", "CLOSED");
        assertThat(interventions.searchInterventions(coordinator, new InterventionQuery(null, null, null, null, null,
                0, 50)).items().get(0)).satisfies(i -> {
                    assertThat(i.title()).isEqualTo("Gesprekken op het schoolplein");
                    assertThat(i.status().name()).isEqualTo("ACTIVE");
                    assertThat(i.signals()).isEqualTo(1);
                });
        for (int year = 2022; year <= 2025; year++) {
            EvaluationReport report = evaluation.showReport(coordinator, new EvaluationQuery(year, null, null, null,
                    false));
            assertThat(report.signals().received().value()).as("signals in %s", year).isBetween(24, 60);
            assertThat(report.interventions().closed().value()).as("interventions closed in %s", year).isPositive();
            assertThat(report.network().joined().value()).as("key persons joined in %s", year).isPositive();
            assertThat(report.programme().spent().cents()).as("spent in %s", year)
                    .isBetween(4_400_000L, 5_300_000L);
            assertThat(report.signals().toAssessment().medianHours()).isNotNull();
        }
        EvaluationReport all = evaluation.showReport(coordinator, new EvaluationQuery(null,
                java.time.LocalDate.of(2022, 1, 1), java.time.LocalDate.of(2026, 12, 31), null, true));
        assertThat(all.programme().budget().cents()).isEqualTo(25_000_000L);
        assertThat(all.network().departed().value()).as("some key persons left over the years").isPositive();
    }
}
