package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.evaluation.AddFundingLineUseCase;
import nl.sleutelnet.application.port.in.evaluation.CostCommand;
import nl.sleutelnet.application.port.in.evaluation.EvaluationQuery;
import nl.sleutelnet.application.port.in.evaluation.FundingLineCommand;
import nl.sleutelnet.application.port.in.evaluation.RecordCostUseCase;
import nl.sleutelnet.application.port.in.evaluation.RemoveCostCommand;
import nl.sleutelnet.application.port.in.evaluation.ShowEvaluationReportUseCase;
import nl.sleutelnet.application.port.in.evaluation.ShowProgrammeUseCase;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityCommand;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementCommand;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementUseCase;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.StartInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.StartInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.WithdrawCommand;
import nl.sleutelnet.application.port.in.intervention.WithdrawUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.evaluation.Comparison;
import nl.sleutelnet.domain.evaluation.Count;
import nl.sleutelnet.domain.evaluation.EvaluationReport;
import nl.sleutelnet.domain.evaluation.Pointer;
import nl.sleutelnet.domain.evaluation.SignalFigures;
import nl.sleutelnet.domain.evaluation.TemperatureFigures;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.programme.Money;
import nl.sleutelnet.domain.programme.Programme;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.temperature.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The period report on hand-made histories: every figure family checked against what the test did, on the real core
 * with the memory adapter and a clock the test moves through 2024 and 2025.
 */
class EvaluationUseCasesTest {

    private static final String FRONTEN = "BU09350302";
    private static final String NOORDWEST = "WK093503";
    private static final String CENTRUM_BUURT = "BU09350000";
    private static final String WIJ_ZIJ = "wij-zij";

    private final CoreFixture fixture = new CoreFixture();
    private Actor coordinator;

    @BeforeEach
    void accounts() {
        coordinator = fixture.actor("regisseur", "COORDINATOR");
    }

    @Test
    void networkFiguresFollowTheStatusHistoryOfTheKeyPersonsInTheArea() {
        at("2024-06-01T10:00:00Z");
        KeyPerson veteran = active("Veteraan", FRONTEN);
        KeyPerson leaver = active("Vertrekker", FRONTEN);
        at("2025-02-03T10:00:00Z");
        List<KeyPerson> newcomers = List.of(active("Een", FRONTEN), active("Twee", FRONTEN), active("Drie", FRONTEN));
        KeyPerson elsewhere = active("Centrum", CENTRUM_BUURT);
        tie(veteran, newcomers.get(0));
        tie(newcomers.get(0), newcomers.get(1));
        tie(newcomers.get(0), newcomers.get(2));
        at("2025-06-10T10:00:00Z");
        status(leaver, "DEPARTED", "Verhuisd");
        status(newcomers.get(2), "PAUSED", "Even rust");
        backToNow();

        EvaluationReport report = report(2025, NOORDWEST, false);
        assertThat(report.network().activeAtStart().value()).isEqualTo(2);
        assertThat(report.network().joined().value()).as("Een, Twee, Drie; not Centrum").isEqualTo(3);
        assertThat(report.network().departed().value()).isEqualTo(1);
        assertThat(report.network().paused().value()).isEqualTo(1);
        assertThat(report.network().activeAtEnd().value()).as("Veteraan, Een, Twee").isEqualTo(3);
        assertThat(report.network().turnoverRate()).isEqualTo(1 / 2.5);
        assertThat(report.network().cutVertices().value()).as("Een holds Veteraan and Twee together").isEqualTo(1);
        assertThat(report.network().buurtCoverage()).filteredOn(b -> b.buurt().value().equals(FRONTEN))
                .singleElement().satisfies(b -> assertThat(b.keyPersons().value()).isEqualTo(3));
        assertThat(report.network().coverageAtEnd().whiteSpots()).as("every cell of Noordwest but Fronten × wij-zij")
                .isEqualTo(report.network().coverageAtEnd().cells() - 1);
        assertThat(report.pointers()).extracting(Pointer::kind).contains(Pointer.Kind.SINGLE_POINTS_OF_FAILURE);
        assertThat(elsewhere.status().name()).isEqualTo("ACTIVE");

        EvaluationReport city = report(2025, null, false);
        assertThat(city.network().joined().value()).as("the whole city counts Centrum too").isEqualTo(4);

        EvaluationReport before = report(2024, NOORDWEST, false);
        assertThat(before.network().joined().value()).isEqualTo(2);
        assertThat(before.network().activeAtEnd().value()).isEqualTo(2);
        assertThat(comparison(report, "network.joined")).satisfies(c -> {
            assertThat(c.currentValue()).isEqualTo(3.0);
            assertThat(c.previousValue()).isEqualTo(2.0);
            assertThat(c.change()).isEqualTo(1.0);
        });
    }

    @Test
    void smallNumbersAreSuppressedForTheAnalystAndWhenAsked() {
        at("2025-02-03T10:00:00Z");
        active("Een", FRONTEN);
        active("Twee", FRONTEN);
        backToNow();
        Actor analyst = fixture.actor("analist", "ANALYST");

        EvaluationReport asked = fixture.useCase(ShowEvaluationReportUseCase.class).showReport(analyst,
                new EvaluationQuery(2025, null, null, NOORDWEST, false));
        assertThat(asked.suppressed()).as("an analyst cannot turn suppression off").isTrue();
        Count joined = asked.network().joined();
        assertThat(joined.value()).isNull();
        assertThat(joined.shown()).isEqualTo("< 5");
        assertThat(asked.network().turnoverRate()).isNull();
        assertThat(comparison(asked, "network.joined")).satisfies(c -> {
            assertThat(c.current()).isEqualTo("< 5");
            assertThat(c.change()).as("a change would reveal the number").isNull();
        });
        assertThat(asked.network().departed().shown()).as("zero singles nobody out").isEqualTo("0");

        EvaluationReport suppressedByChoice = report(2025, NOORDWEST, true);
        assertThat(suppressedByChoice.network().joined().shown()).isEqualTo("< 5");
        assertThat(report(2025, NOORDWEST, false).network().joined().shown()).isEqualTo("2");

        Actor professional = fixture.actor("wijkagent", "PROFESSIONAL", FRONTEN);
        assertThatThrownBy(() -> fixture.useCase(ShowEvaluationReportUseCase.class).showReport(professional,
                EvaluationQuery.year(2025))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void signalFiguresGiveResponseTimesWithMedianAndNinetiethPercentileAndTheOverdueAndNoActionShares() {
        // intensity 4: two days to assess; assessed after 2, 4, 10 and 60 hours
        int[] hours = {2, 4, 10, 60};
        Signal acted = null;
        for (int i = 0; i < hours.length; i++) {
            at("2025-03-0" + (i + 1) + "T08:00:00Z");
            Signal signal = signal(FRONTEN, 4);
            fixture.clock.advance(Duration.ofHours(hours[i]));
            signal = handle(signal, "ASSESS", "HIGH");
            if (i == 0) {
                acted = signal;
            }
            if (i == 1) {
                fixture.clock.advance(Duration.ofHours(1));
                handle(signal, "NO_ACTION", null);
            }
        }
        at("2025-03-10T08:00:00Z");
        Intervention intervention = plan(List.of(acted.id().value()));
        at("2025-12-30T08:00:00Z");
        signal(CENTRUM_BUURT, 2);
        backToNow();

        SignalFigures signals = report(2025, NOORDWEST, false).signals();
        assertThat(signals.received().value()).isEqualTo(4);
        assertThat(signals.byIntensity()).filteredOn(b -> b.key().equals("4")).singleElement()
                .satisfies(b -> assertThat(b.count().value()).isEqualTo(4));
        assertThat(signals.byTheme()).filteredOn(b -> b.key().equals(WIJ_ZIJ)).singleElement()
                .satisfies(b -> assertThat(b.count().value()).isEqualTo(4));
        assertThat(signals.toAssessment().medianHours()).as("the mean of 4 and 10").isEqualTo(7.0);
        assertThat(signals.toAssessment().p90Hours()).as("rank ⌈0,9 × 4⌉ = 4").isEqualTo(60.0);
        assertThat(signals.toAction().cases().value()).isEqualTo(1);
        assertThat(signals.toAction().medianHours()).as("received 1 March 08:00, acted 10 March 08:00")
                .isEqualTo(9 * 24.0);
        assertThat(signals.overdue().part().value()).as("60 hours is more than two days").isEqualTo(1);
        assertThat(signals.overdue().fraction()).isEqualTo(0.25);
        assertThat(signals.noAction().part().value()).isEqualTo(1);
        assertThat(signals.noAction().whole().value()).as("one acted on, one left").isEqualTo(2);
        assertThat(signals.noAction().fraction()).isEqualTo(0.5);
        assertThat(intervention.signals()).hasSize(1);

        SignalFigures city = report(2025, null, false).signals();
        assertThat(city.received().value()).isEqualTo(5);
        assertThat(city.overdue().part().value()).as("the Centrum signal was never assessed, long past its due day")
                .isEqualTo(2);

        SignalFigures suppressed = report(2025, NOORDWEST, true).signals();
        assertThat(suppressed.toAssessment().medianHours()).as("four cases are too few to show").isNull();
        assertThat(suppressed.overdue().fraction()).isNull();
    }

    @Test
    void temperatureFiguresCountTheDaysPerLevelOfEveryWijkAndTheme() {
        at("2025-05-01T08:00:00Z");
        handle(signal(FRONTEN, 5), "ASSESS", "HIGH");
        handle(signal(FRONTEN, 5), "ASSESS", "HIGH");
        backToNow();

        EvaluationReport report = report(2025, null, false);
        TemperatureFigures temperature = report.temperature();
        assertThat(temperature.firstDay()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(temperature.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(temperature.area().total()).isEqualTo(365);
        TemperatureFigures.Cell noordwest = temperature.cells().stream()
                .filter(c -> c.district().value().equals(NOORDWEST) && c.theme().value().equals(WIJ_ZIJ))
                .findFirst().orElseThrow();
        assertThat(noordwest.days().total()).isEqualTo(365);
        assertThat(noordwest.highest()).isIn(Level.TENSE, Level.HEATED);
        assertThat(noordwest.days().at(noordwest.highest())).isPositive();
        assertThat(noordwest.days().aboveCalm()).as("a score that halves every 14 days stays above 2 for weeks")
                .isBetween(14, 60);
        assertThat(noordwest.days().total() - noordwest.days().aboveCalm()).isEqualTo(
                noordwest.days().at(Level.CALM));
        assertThat(temperature.cells()).filteredOn(c -> !c.district().value().equals(NOORDWEST))
                .allSatisfy(c -> assertThat(c.days().at(Level.CALM)).isEqualTo(365));
        assertThat(temperature.months()).hasSize(12);
        assertThat(temperature.months().get(4).days().aboveCalm()).as("May").isPositive();
        assertThat(temperature.months().get(0).days().aboveCalm()).as("January").isZero();
        assertThat(comparison(report, "temperature.daysAboveCalm").previousValue()).isEqualTo(0.0);
        assertThat(report.pointers()).filteredOn(p -> p.kind() == Pointer.Kind.WHITE_SPOTS_WHERE_WARMER)
                .as("no key person reaches Fronten on wij-zij while it warmed up").singleElement()
                .satisfies(p -> assertThat(p.arguments()).startsWith(
                        "Wijk 03 Buitenwijk Noordwest", "Wij-zij-denken", "5"));

        fixture.clock.set(Instant.parse("2025-06-15T10:00:00Z"));
        EvaluationReport running = report(2025, NOORDWEST, false);
        assertThat(running.temperature().lastDay()).as("only the days that passed").isEqualTo(
                LocalDate.of(2025, 6, 15));
        assertThat(running.temperature().area().total()).isEqualTo(166);
    }

    @Test
    void interventionFiguresCountTypesOutcomesLadderStepsAndWithdrawalsWithOrWithoutTheExitCriteria() {
        at("2025-04-01T08:00:00Z");
        Signal fierce = handle(signal(FRONTEN, 5), "ASSESS", "HIGH");
        Intervention planned = plan(List.of(fierce.id().value()));
        Intervention assessed = fixture.useCase(AssessCapacityUseCase.class).assessCapacity(coordinator,
                new AssessCapacityCommand(planned.id().value(), List.of("Ouderraad"), "MEDIUM", "Kan veel zelf.",
                        planned.version()));
        at("2025-04-02T08:00:00Z");
        Intervention started = fixture.useCase(StartInterventionUseCase.class).startIntervention(coordinator,
                new StartInterventionCommand(assessed.id().value(), "CALM", 30, assessed.version()));
        at("2025-04-20T08:00:00Z");
        Intervention monitoring = fixture.useCase(ChangeInvolvementUseCase.class).changeInvolvement(coordinator,
                new ChangeInvolvementCommand(started.id().value(), "MONITOR", "De school neemt het over",
                        started.version()));
        Intervention withdrawn = fixture.useCase(WithdrawUseCase.class).withdraw(coordinator, new WithdrawCommand(
                monitoring.id().value(), "Buurt draagt het", "De school en het jongerenwerk dragen het samen",
                monitoring.version()));
        at("2025-05-02T08:00:00Z");
        fixture.useCase(CloseInterventionUseCase.class).closeIntervention(coordinator, new CloseInterventionCommand(
                withdrawn.id().value(), "PARTLY", "Eerder de school betrekken", "Over drie maanden peilen",
                withdrawn.version()));
        backToNow();

        EvaluationReport report = report(2025, NOORDWEST, false);
        var figures = report.interventions();
        assertThat(figures.planned().value()).isEqualTo(1);
        assertThat(figures.started().value()).isEqualTo(1);
        assertThat(figures.closed().value()).isEqualTo(1);
        assertThat(figures.activeAtEnd().value()).isZero();
        assertThat(figures.byType()).filteredOn(b -> b.key().equals("DIALOGUE")).singleElement()
                .satisfies(b -> assertThat(b.count().value()).isEqualTo(1));
        assertThat(figures.byOutcome()).filteredOn(b -> b.key().equals("PARTLY")).singleElement()
                .satisfies(b -> assertThat(b.count().value()).isEqualTo(1));
        assertThat(figures.duration().medianHours()).as("2 April to 2 May").isEqualTo(30 * 24.0);
        assertThat(figures.stepsDown().value()).as("to MONITOR, then WITHDRAWN").isEqualTo(2);
        assertThat(figures.stepsUp().value()).isZero();
        assertThat(figures.withdrawals().value()).isEqualTo(1);
        assertThat(figures.justified().value()).as("three weeks after a heated signal is not 30 calm days")
                .isEqualTo(1);
        assertThat(figures.criteriaMet().value()).isZero();
        assertThat(report.pointers()).extracting(Pointer::kind).contains(Pointer.Kind.WITHDRAWALS_MOSTLY_JUSTIFIED);
        assertThat(report(2025, "WK093500", false).interventions().planned().value()).as("Centrum").isZero();
    }

    @Test
    void theProgrammeShowsTheBudgetOfTheCouncilDecisionBesideWhatWasSpent() {
        Programme seeded = fixture.useCase(ShowProgrammeUseCase.class).showProgramme(coordinator);
        assertThat(seeded.fundingLines()).singleElement().satisfies(l -> {
            assertThat(l.perYear()).isEqualTo(Money.euros(50_000));
            assertThat(l.source()).contains("Anti Discriminatie Voorziening Limburg", "Meicirculaire 2021");
        });
        at("2025-03-01T08:00:00Z");
        Intervention intervention = plan(List.of());
        backToNow();
        RecordCostUseCase costs = fixture.useCase(RecordCostUseCase.class);
        Programme one = costs.recordCost(coordinator, new CostCommand(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), new BigDecimal("45000.00"), "Salaris regisseur 2025", null,
                seeded.version()));
        Programme two = costs.recordCost(coordinator, new CostCommand(LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 1, 31), new BigDecimal("620.00"), "Zaalhuur dialoogavonden", null,
                one.version()));
        Programme three = costs.recordCost(coordinator, new CostCommand(LocalDate.of(2025, 3, 15), null,
                new BigDecimal("250.50"), "Koffie en vlaai", intervention.id().value(), two.version()));
        assertThatThrownBy(() -> costs.recordCost(coordinator, new CostCommand(LocalDate.of(2025, 3, 15), null,
                BigDecimal.TEN, "Tweede schrijver", null, two.version()))).isInstanceOf(StaleVersionException.class);

        EvaluationReport report = report(2025, null, false);
        assertThat(report.programme().budget()).isEqualTo(Money.euros(50_000));
        assertThat(report.programme().spent()).as("45000 + 620 × 31/62 + 250.50")
                .isEqualTo(new Money(4_500_000 + 31_000 + 25_050));
        assertThat(report.programme().remainingCents()).isEqualTo(5_000_000 - 4_556_050);
        assertThat(report.programme().toInterventions()).isEqualTo(new Money(25_050));
        assertThat(report.programme().years()).singleElement().satisfies(y -> assertThat(y.year()).isEqualTo(2025));
        assertThat(report.costs()).hasSize(3);
        assertThat(report(2025, "WK093500", false).programme().toInterventions()).as("not in Centrum")
                .isEqualTo(Money.ZERO);

        EvaluationReport range = fixture.useCase(ShowEvaluationReportUseCase.class).showReport(coordinator,
                new EvaluationQuery(null, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 2, 28), null, false));
        assertThat(range.programme().years()).extracting(y -> y.year()).containsExactly(2025, 2026);
        assertThat(range.programme().budget()).as("184/365 and 59/365 of 50000, to the cent")
                .isEqualTo(new Money(2_520_548 + 808_219));

        Programme removed = costs.removeCost(coordinator, new RemoveCostCommand(three.costs().get(2).id(),
                three.version()));
        assertThat(removed.costs()).hasSize(2);
        Programme more = fixture.useCase(AddFundingLineUseCase.class).addFundingLine(coordinator,
                new FundingLineCommand("Rijksbijdrage", "Trainingen", 2026, 2026, new BigDecimal("10000"), null,
                        removed.version()));
        assertThat(more.budget(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo(Money.euros(60_000));
        assertThat(report(2025, null, false).pointers()).extracting(Pointer::kind)
                .doesNotContain(Pointer.Kind.OVER_BUDGET);

        Actor analyst = fixture.actor("analist", "ANALYST");
        assertThat(fixture.useCase(ShowProgrammeUseCase.class).showProgramme(analyst).costs()).hasSize(2);
        assertThatThrownBy(() -> costs.recordCost(analyst, new CostCommand(LocalDate.of(2025, 1, 1), null,
                BigDecimal.ONE, "Iets", null, more.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new CostCommand(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1),
                new BigDecimal("-3.001"), "Bel 06-12345678", null, 0))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("amount", "to"));
    }

    @Test
    void aPeriodThatHasNotStartedOrIsMalformedIsRefusedWithTheFieldToFix() {
        assertThatThrownBy(() -> report(2027, null, true)).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::code).containsExactly("period.future"));
        assertThatThrownBy(() -> new EvaluationQuery(null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), null,
                true)).isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("to", "period.reversed")));
        assertThatThrownBy(() -> new EvaluationQuery(null, null, null, "Noordwest", true))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("district", "year"));
        assertThatThrownBy(() -> report(2025, "WK093599", true)).isInstanceOfSatisfying(
                InvalidCommandException.class, e -> assertThat(e.violations()).extracting(FieldViolation::code)
                        .containsExactly("district.not-found"));
    }

    // --- helpers ---

    private void at(String instant) {
        fixture.clock.set(Instant.parse(instant));
    }

    private void backToNow() {
        fixture.clock.set(CoreFixture.NOW);
    }

    private EvaluationReport report(int year, String district, boolean suppress) {
        return fixture.useCase(ShowEvaluationReportUseCase.class).showReport(coordinator,
                new EvaluationQuery(year, null, null, district, suppress));
    }

    private static Comparison comparison(EvaluationReport report, String key) {
        return report.comparisons().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private KeyPerson active(String name, String buurt) {
        LocalDate today = LocalDate.ofInstant(fixture.clock.instant(), java.time.ZoneId.of("Europe/Amsterdam"));
        KeyPerson registered = fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(name, null, null, List.of(buurt), null, List.of(WIJ_ZIJ), null, null,
                        null, new LegalBasisInput("CONSENT", today, List.of("NETWORK_CONTACT"), "getekend formulier",
                                null), null, null, null));
        return status(registered, "ACTIVE", "Kennismaking");
    }

    private KeyPerson status(KeyPerson person, String status, String reason) {
        return fixture.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                new ChangeStatusCommand(person.id().value(), status, reason, person.version()));
    }

    private void tie(KeyPerson one, KeyPerson other) {
        LocalDate today = LocalDate.ofInstant(fixture.clock.instant(), java.time.ZoneId.of("Europe/Amsterdam"));
        fixture.useCase(ConnectMembersUseCase.class).connect(coordinator, new TieCommand(null, "KEY_PERSON",
                one.id().value(), "KEY_PERSON", other.id().value(), "KNOWS", 3, today, CoreFixture.NOW.atZone(
                        java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate(), 0));
    }

    private Signal signal(String buurt, int intensity) {
        return fixture.useCase(ReportSignalUseCase.class).reportSignal(coordinator, new ReportSignalCommand(null,
                null, null, "OWN_OBSERVATION", List.of(buurt), List.of(WIJ_ZIJ), intensity,
                "Onrust op het plein over de nieuwe opvang", null, null));
    }

    private Signal handle(Signal signal, String step, String reliability) {
        return fixture.useCase(HandleSignalUseCase.class).handleSignal(coordinator, new HandleSignalCommand(
                signal.id().value(), step, reliability, "Besproken met de wijkagent", null, null, signal.version()));
    }

    private Intervention plan(List<UUID> signals) {
        return fixture.useCase(PlanInterventionUseCase.class).planIntervention(coordinator,
                new PlanInterventionCommand("Gesprekken op het plein", "Weer met elkaar praten", "DIALOGUE",
                        List.of(FRONTEN), List.of(WIJ_ZIJ), signals, null, "LEAD"));
    }
}
