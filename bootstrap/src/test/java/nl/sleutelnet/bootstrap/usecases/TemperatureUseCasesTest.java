package nl.sleutelnet.bootstrap.usecases;

import static nl.sleutelnet.bootstrap.usecases.CoreFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.ForwardingSignalRepository;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.signal.AddSightingUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SightingCommand;
import nl.sleutelnet.application.port.in.temperature.AcknowledgeAlertCommand;
import nl.sleutelnet.application.port.in.temperature.AcknowledgeAlertUseCase;
import nl.sleutelnet.application.port.in.temperature.AlertSummary;
import nl.sleutelnet.application.port.in.temperature.CellTemperature;
import nl.sleutelnet.application.port.in.temperature.ExplainTemperatureUseCase;
import nl.sleutelnet.application.port.in.temperature.ListAlertsUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureMapUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureSeriesUseCase;
import nl.sleutelnet.application.port.in.temperature.TemperatureCell;
import nl.sleutelnet.application.port.in.temperature.TemperatureExplanation;
import nl.sleutelnet.application.port.in.temperature.TemperatureExplanation.ExplainedSignal;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapQuery;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapReport;
import nl.sleutelnet.application.port.in.temperature.TemperatureSeries;
import nl.sleutelnet.application.port.in.temperature.TemperatureSeriesQuery;
import nl.sleutelnet.application.port.out.AlertRepository;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.application.service.TemperatureWatch;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.signal.SignalStatus;
import nl.sleutelnet.domain.signal.TrackingCode;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.temperature.PollEvidence;
import nl.sleutelnet.domain.temperature.Reliability;
import nl.sleutelnet.domain.temperature.SignalEvidence;
import nl.sleutelnet.domain.temperature.TemperatureReading;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.Test;

/**
 * The temperature through the use cases, on the real core: signals reported and assessed move the figures of their
 * buurt, the explanation lists them, a level crossed upwards becomes one alert and one message per coordinator with
 * an address, and the map reads only the evidence inside the model's window.
 */
class TemperatureUseCasesTest {

    private static final String MALBERG = "BU09350207";
    private static final String FRONTENKWARTIER = "BU09350302";
    private static final String WIJ_ZIJ = "wij-zij";

    private final CoreFixture fixture = new CoreFixture();
    private final Actor coordinator = coordinator(fixture, "regisseur", "regisseur@maastricht.nl");

    @Test
    void aReportedSignalRaisesTheScoreOfItsBuurtAndTheExplanationListsIt() {
        assertThat(figure(MALBERG, WIJ_ZIJ).score()).isZero();
        Signal signal = report(coordinator, MALBERG, 4, "Spandoeken met wij-zij-leuzen bij het winkelcentrum");

        TemperatureReading reported = figure(MALBERG, WIJ_ZIJ);
        assertThat(reported.score()).as("4 × 0.5 (not yet assessed) × 0.5 (one source) × 1 (today)")
                .isCloseTo(1.0, within(1e-9));
        assertThat(reported.level()).isEqualTo(Level.CALM);
        assertThat(figure(FRONTENKWARTIER, WIJ_ZIJ).score()).as("another buurt").isZero();
        assertThat(figure(MALBERG, "religie").score()).as("another theme").isZero();

        TemperatureExplanation explanation = explain(coordinator, MALBERG, WIJ_ZIJ);
        assertThat(explanation.buurt().name()).isEqualTo("Malberg");
        assertThat(explanation.signals()).singleElement().satisfies(s -> {
            assertThat(s.signalId()).isEqualTo(signal.id().value());
            assertThat(s.contribution().intensity()).isEqualTo(4);
            assertThat(s.contribution().reliability()).isEqualTo(Reliability.UNKNOWN);
            assertThat(s.status()).isEqualTo(SignalStatus.RECEIVED);
            assertThat(s.receivedAt()).isEqualTo(NOW);
            assertThat(s.description()).isEqualTo("Spandoeken met wij-zij-leuzen bij het winkelcentrum");
            assertThat(s.sightings()).isZero();
            assertThat(s.contribution().points()).isCloseTo(1.0, within(1e-9));
        });
        assertThat(explanation.answers()).isEmpty();

        assess(coordinator, signal.id(), "HIGH");
        TemperatureReading assessed = figure(MALBERG, WIJ_ZIJ);
        assertThat(assessed.score()).as("4 × 1.0 (HIGH) × 0.5 × 1").isCloseTo(2.0, within(1e-9));
        assertThat(assessed.level()).isEqualTo(Level.TENSE);
        ExplainedSignal afterAssessment = explain(coordinator, MALBERG, WIJ_ZIJ).signals().get(0);
        assertThat(afterAssessment.status()).isEqualTo(SignalStatus.ASSESSED);
        assertThat(afterAssessment.contribution().reliabilityWeight()).isEqualTo(1.0);

        fixture.useCase(AddSightingUseCase.class).addSighting(coordinator, new SightingCommand(signal.id().value(),
                "OPEN_SOURCE", null, "Buurtapp Malberg", "PUBLIC_ONLINE", NOW, "Zelfde leuzen gezien"));
        ExplainedSignal sighted = explain(coordinator, MALBERG, WIJ_ZIJ).signals().get(0);
        assertThat(sighted.sightings()).isEqualTo(1);
        assertThat(sighted.contribution().independentSources()).isEqualTo(2);
        assertThat(figure(MALBERG, WIJ_ZIJ).score()).as("4 × 1.0 × 0.75 (two sources)").isCloseTo(3.0,
                within(1e-9));
    }

    @Test
    void theMapRollsUpPerWijkAndForTheCity() {
        Signal signal = report(coordinator, MALBERG, 5, "Ruzie op het plein");
        assess(coordinator, signal.id(), "HIGH");

        TemperatureMapReport all = fixture.useCase(ShowTemperatureMapUseCase.class).showTemperatureMap(coordinator,
                TemperatureMapQuery.allThemes());
        assertThat(all.buurten()).hasSize(44);
        assertThat(all.themes()).hasSizeGreaterThan(1);
        assertThat(all.figures()).hasSize(44 * all.themes().size());

        TemperatureMapReport one = map(WIJ_ZIJ);
        assertThat(one.themes()).extracting(t -> t.code().value()).containsExactly(WIJ_ZIJ);
        assertThat(one.figures()).hasSize(44);
        var west = one.rollUp().district(DistrictCode.of("WK093502"), ThemeCode.of(WIJ_ZIJ));
        assertThat(west.highestLevel()).isEqualTo(Level.TENSE);
        assertThat(west.hottestBuurten()).containsExactly(NeighbourhoodCode.of(MALBERG));
        assertThat(west.buurtenPerLevel().get(Level.TENSE)).isEqualTo(1);
        assertThat(one.rollUp().city(ThemeCode.of(WIJ_ZIJ)).buurtenPerLevel().get(Level.CALM)).isEqualTo(43);
        assertThat(one.rollUp().district(DistrictCode.of("WK093500"), ThemeCode.of(WIJ_ZIJ)).highestScore())
                .isZero();
        assertThat(one.rollUp()).as("worked out once, when first asked").isSameAs(one.rollUp());
    }

    @Test
    void aMapReportIsMadeOfItsFiguresAndRefusesTooFewOrFiguresOfAnotherMoment() {
        report(coordinator, MALBERG, 5, "Ruzie op het plein");
        TemperatureMapReport one = map(WIJ_ZIJ);
        assertThatThrownBy(() -> new TemperatureMapReport(one.asOf(), one.districts(), one.buurten(), one.themes(),
                one.figures().subList(1, one.figures().size()), one.settings()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a figure for every buurt × theme");
        TemperatureMapReport later = new TemperatureMapReport(one.asOf().plusSeconds(1), one.districts(),
                one.buurten(), one.themes(), one.figures(), one.settings());
        assertThatThrownBy(later::rollUp).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not " + one.asOf().plusSeconds(1));
        assertThat(new TemperatureMapReport(one.asOf(), one.districts(), one.buurten(), one.themes(), one.figures(),
                one.settings())).isEqualTo(one);
    }

    @Test
    void crossingTenseToHeatedIsOneAlertAndOneMessageToTheCoordinatorWithAnAddress() {
        coordinator(fixture, "tweede.regisseur", null);
        Signal first = report(coordinator, MALBERG, 5, "Bekladding van de moskee met leuzen");
        assess(coordinator, first.id(), "HIGH");
        assertThat(figure(MALBERG, WIJ_ZIJ).level()).isEqualTo(Level.TENSE);
        Signal second = report(coordinator, MALBERG, 5, "Groepen jongeren die elkaar opwachten");
        assertThat(figure(MALBERG, WIJ_ZIJ).level()).as("3.75: still tense").isEqualTo(Level.TENSE);
        List<AlertSummary> alertsBefore = alerts();
        int messagesBefore = fixture.notifier.sent.size();

        assess(coordinator, second.id(), "HIGH");

        assertThat(figure(MALBERG, WIJ_ZIJ).level()).as("2.5 + 2.5").isEqualTo(Level.HEATED);
        List<AlertSummary> raised = alerts().stream().filter(a -> alertsBefore.stream()
                .noneMatch(b -> b.alert().id().equals(a.alert().id()))).toList();
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.alert().buurt()).isEqualTo(NeighbourhoodCode.of(MALBERG));
            assertThat(a.alert().theme()).isEqualTo(ThemeCode.of(WIJ_ZIJ));
            assertThat(a.alert().from()).isEqualTo(Level.TENSE);
            assertThat(a.alert().to()).isEqualTo(Level.HEATED);
            assertThat(a.alert().score()).isCloseTo(5.0, within(1e-9));
            assertThat(a.alert().isOpen()).isTrue();
            assertThat(a.buurtName()).isEqualTo("Malberg");
        });
        assertThat(fixture.notifier.sent.subList(messagesBefore, fixture.notifier.sent.size())).singleElement()
                .satisfies(m -> {
                    assertThat(m.to()).as("only the coordinator with an address").isEqualTo("regisseur@maastricht.nl");
                    assertThat(m.subject()).contains("Malberg").contains("verhit");
                    assertThat(m.body()).contains("van gespannen naar verhit")
                            .contains("http://localhost:8080/temperatuur/BU09350207/wij-zij")
                            .doesNotContain("moskee").doesNotContain("opwachten");
                });

        report(coordinator, MALBERG, 2, "Opnieuw leuzen op een muur");
        assertThat(figure(MALBERG, WIJ_ZIJ).level()).isEqualTo(Level.HEATED);
        assertThat(alerts()).as("a signal that keeps it heated raises no alert").hasSize(alertsBefore.size() + 1);
        assertThat(fixture.notifier.sent).hasSize(messagesBefore + 1);
    }

    @Test
    void theFirstAlertOfABuurtComesFromCalmAndOnlyForTheCellsThatRose() {
        Signal signal = report(coordinator, MALBERG, 4, "Eerste melding");
        assertThat(alerts()).as("1.0 is calm").isEmpty();
        assess(coordinator, signal.id(), "HIGH");
        assertThat(alerts()).singleElement().satisfies(a -> {
            assertThat(a.alert().from()).isEqualTo(Level.CALM);
            assertThat(a.alert().to()).isEqualTo(Level.TENSE);
        });
        assess(coordinator, signal.id(), "LOW");
        assertThat(figure(MALBERG, WIJ_ZIJ).level()).as("assessed again as LOW: 0.8").isEqualTo(Level.CALM);
        assertThat(alerts()).as("a fall raises nothing").hasSize(1);
    }

    @Test
    void pollAnswersThatRaiseALevelAreAnAlertToo() {
        TemperatureWatch watch = fixture.core.useCase(TemperatureWatch.class);
        PollEvidence veryTense = new PollEvidence(UUID.randomUUID(), UUID.randomUUID(),
                NeighbourhoodCode.of(MALBERG), ThemeCode.of(WIJ_ZIJ), 1, NOW);
        watch.answersGiven(List.of(veryTense));
        assertThat(alerts()).singleElement().satisfies(a -> {
            assertThat(a.alert().from()).isEqualTo(Level.CALM);
            assertThat(a.alert().to()).as("one answer of 1 is tension 5: heated").isEqualTo(Level.HEATED);
            assertThat(a.alert().score()).isCloseTo(5.0, within(1e-9));
        });
        assertThat(fixture.notifier.sent).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("van rustig naar verhit"));

        watch.answersGiven(List.of(new PollEvidence(UUID.randomUUID(), UUID.randomUUID(),
                NeighbourhoodCode.of(MALBERG), ThemeCode.of(WIJ_ZIJ), 9, NOW)));
        assertThat(alerts()).as("a calm answer raises nothing").hasSize(1);
    }

    @Test
    void aMailServerThatIsDownUndoesNeitherTheSignalNorTheAlert() {
        fixture.notifier.failing = true;
        Signal signal = report(coordinator, MALBERG, 5, "Onrust na een bijeenkomst");
        Signal assessed = assess(coordinator, signal.id(), "HIGH");
        assertThat(assessed.status()).isEqualTo(SignalStatus.ASSESSED);
        assertThat(alerts()).hasSize(1);
        assertThat(fixture.notifier.sent).isEmpty();
    }

    @Test
    void alertsAreListedOpenFirstAndSeenOnceWithTheVersion() {
        Signal malberg = report(coordinator, MALBERG, 5, "Malberg");
        assess(coordinator, malberg.id(), "HIGH");
        Signal fronten = report(coordinator, FRONTENKWARTIER, 5, "Frontenkwartier");
        assess(coordinator, fronten.id(), "HIGH");
        ListAlertsUseCase list = fixture.useCase(ListAlertsUseCase.class);
        assertThat(list.countOpenAlerts(coordinator)).isEqualTo(2);

        AlertSummary malbergAlert = alerts().stream().filter(a -> a.buurtName().equals("Malberg")).findFirst()
                .orElseThrow();
        AcknowledgeAlertUseCase acknowledge = fixture.useCase(AcknowledgeAlertUseCase.class);
        AlertSummary seen = acknowledge.acknowledgeAlert(coordinator,
                new AcknowledgeAlertCommand(malbergAlert.alert().id().value(), malbergAlert.alert().version()));
        assertThat(seen.alert().isOpen()).isFalse();
        assertThat(seen.alert().acknowledgedAt()).isEqualTo(NOW);
        assertThat(seen.acknowledgedByName()).isEqualTo("regisseur");
        assertThat(list.countOpenAlerts(coordinator)).isEqualTo(1);
        assertThat(alerts()).extracting(AlertSummary::buurtName).containsExactly("Frontenkwartier", "Malberg");

        assertThatThrownBy(() -> acknowledge.acknowledgeAlert(coordinator,
                new AcknowledgeAlertCommand(malbergAlert.alert().id().value(), malbergAlert.alert().version())))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> acknowledge.acknowledgeAlert(coordinator,
                new AcknowledgeAlertCommand(UUID.randomUUID(), 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("alert.not-found"));
        Actor analyst = fixture.actor("analist", "ANALYST");
        assertThatThrownBy(() -> list.listAlerts(analyst, PageRequest.first()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSeriesHasOneFigurePerDayOldestFirstAndShowsWhenASignalCameIn() {
        Instant fiveDaysAgo = NOW.minus(Duration.ofDays(5));
        report(coordinator, MALBERG, 4, "Vijf dagen geleden gezien", fiveDaysAgo);
        LocalDate today = LocalDate.ofInstant(NOW, ZoneId.of("Europe/Amsterdam"));

        TemperatureSeries series = fixture.useCase(ShowTemperatureSeriesUseCase.class).showTemperatureSeries(
                coordinator, new TemperatureSeriesQuery(MALBERG, WIJ_ZIJ, today.minusDays(9), today));
        assertThat(series.days()).hasSize(10);
        assertThat(series.days()).extracting(TemperatureSeries.Day::day)
                .containsExactlyElementsOf(today.minusDays(9).datesUntil(today.plusDays(1)).toList());
        LocalDate observed = LocalDate.ofInstant(fiveDaysAgo, ZoneId.of("Europe/Amsterdam"));
        for (TemperatureSeries.Day day : series.days()) {
            if (day.day().isBefore(observed)) {
                assertThat(day.figure().score()).as("%s, before the observation", day.day()).isZero();
            } else {
                assertThat(day.figure().score()).as("%s, after the observation", day.day()).isPositive();
            }
        }
        assertThat(series.days().get(9).figure().score()).as("decayed by today")
                .isLessThan(series.days().get(4).figure().score());

        Actor analyst = fixture.actor("analist", "ANALYST");
        assertThat(fixture.useCase(ShowTemperatureSeriesUseCase.class).showTemperatureSeries(analyst,
                new TemperatureSeriesQuery(MALBERG, WIJ_ZIJ, today, today)).days()).hasSize(1);
    }

    @Test
    void aSeriesIsAtMostAYearAndEndsAfterItStarts() {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneId.of("Europe/Amsterdam"));
        assertThat(new TemperatureSeriesQuery(MALBERG, WIJ_ZIJ, today.minusDays(365), today).days()).isEqualTo(366);
        assertThatThrownBy(() -> new TemperatureSeriesQuery(MALBERG, WIJ_ZIJ, today.minusDays(366), today))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("from", "temperature.series.too-long")));
        assertThatThrownBy(() -> new TemperatureSeriesQuery("BU1", "Wij zij", today, today.minusDays(1)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("neighbourhoodCode", "theme", "to"));
    }

    @Test
    void theMapReadsOnlyTheEvidenceInsideTheWindow() {
        List<Instant> asked = new ArrayList<>();
        CoreFixture spied = new CoreFixture(persistence -> spyOnSignals(persistence, asked, new ArrayList<>()));
        Actor regisseur = coordinator(spied, "regisseur", null);
        Instant longAgo = NOW.minus(Duration.ofDays(200));
        Signal old = spied.useCase(ReportSignalUseCase.class).reportSignal(regisseur, command(MALBERG, 5,
                "Lang geleden", longAgo));
        Signal recent = spied.useCase(ReportSignalUseCase.class).reportSignal(regisseur, command(MALBERG, 3,
                "Deze week", NOW.minus(Duration.ofDays(2))));
        asked.clear();

        spied.useCase(ShowTemperatureMapUseCase.class).showTemperatureMap(regisseur, TemperatureMapQuery.allThemes());
        TemperatureExplanation explanation = spied.useCase(ExplainTemperatureUseCase.class)
                .explainTemperature(regisseur, new TemperatureCell(MALBERG, WIJ_ZIJ));

        Instant windowStart = TemperatureSettings.defaults().evidenceNeededFrom(NOW);
        assertThat(windowStart).as("98 days by default").isEqualTo(NOW.minus(Duration.ofDays(98)));
        assertThat(asked).as("every read asks for the window, never for all history").isNotEmpty()
                .allSatisfy(since -> assertThat(since).isEqualTo(windowStart));
        assertThat(explanation.signals()).extracting(ExplainedSignal::signalId)
                .containsExactly(recent.id().value()).doesNotContain(old.id().value());
    }

    /**
     * A busy city has thousands of signals in the window; the explanation of one buurt × theme reads that cell's
     * evidence and then only the signals behind it, whole.
     */
    @Test
    void theExplanationOfOneBuurtReadsThatCellAndTheSignalsBehindItNotTheWholeWindow() {
        TwoBuurten city = twoBuurtenReported();

        TemperatureExplanation explanation = city.core().useCase(ExplainTemperatureUseCase.class)
                .explainTemperature(city.regisseur(), new TemperatureCell(MALBERG, WIJ_ZIJ));

        assertThat(city.reads()).containsExactly("evidence about [" + MALBERG + "] × [" + WIJ_ZIJ + "]",
                "signals [" + city.malberg().id() + "]");
        assertThat(explanation.signals()).singleElement().satisfies(s -> {
            assertThat(s.signalId()).isEqualTo(city.malberg().id().value())
                    .isNotEqualTo(city.frontenkwartier().id().value());
            assertThat(s.description()).isEqualTo("Leuzen op de muur");
            assertThat(s.status()).isEqualTo(SignalStatus.RECEIVED);
        });
    }

    /** A buurt's page shows the figure of its cell now: the map's figure, read from that cell's evidence alone. */
    @Test
    void theFigureOfOneBuurtIsTheMapsAndReadsOnlyThatCell() {
        TwoBuurten city = twoBuurtenReported();
        Actor regisseur = city.regisseur();
        ShowTemperatureMapUseCase temperatures = city.core().useCase(ShowTemperatureMapUseCase.class);
        TemperatureMapReport map = temperatures.showTemperatureMap(regisseur, new TemperatureMapQuery(WIJ_ZIJ));
        city.reads().clear();

        CellTemperature malberg = temperatures.showTemperature(regisseur, new TemperatureCell(MALBERG, WIJ_ZIJ));

        assertThat(city.reads()).containsExactly("evidence about [" + MALBERG + "] × [" + WIJ_ZIJ + "]");
        assertThat(malberg.figure()).isEqualTo(map.figure(NeighbourhoodCode.of(MALBERG), ThemeCode.of(WIJ_ZIJ)));
        assertThat(malberg.figure().score()).as("4 × 0.5 × 0.5, a minute ago").isCloseTo(1.0, within(1e-3));
        assertThat(malberg.buurt().name()).isEqualTo("Malberg");
        assertThat(malberg.district()).isEqualTo(map.districts().stream()
                .filter(d -> d.code().equals(malberg.buurt().district())).findFirst().orElseThrow());
        assertThatThrownBy(() -> temperatures.showTemperature(regisseur, new TemperatureCell("BU09359999", WIJ_ZIJ)))
                .isInstanceOf(DomainException.class).hasMessageContaining("BU09359999");
    }

    @Test
    void aDecisionThatLeavesWhatTheSignalTellsAsItWasIsNotJudgedAgain() {
        List<Instant> asked = new ArrayList<>();
        CoreFixture spied = new CoreFixture(persistence -> spyOnSignals(persistence, asked, new ArrayList<>()));
        Actor regisseur = coordinator(spied, "regisseur", null);
        Signal reported = spied.useCase(ReportSignalUseCase.class).reportSignal(regisseur, command(MALBERG, 5,
                "Ruzie op het plein", NOW.minus(Duration.ofDays(1))));
        assertThat(asked).as("the watch read the cell's window for the new signal").isNotEmpty();

        asked.clear();
        Signal assessed = spied.useCase(HandleSignalUseCase.class).handleSignal(regisseur, new HandleSignalCommand(
                reported.id().value(), "ASSESS", "HIGH", "Besproken", null, null, reported.version()));
        assertThat(asked).as("an assessment changes the signal's weight: judged again").isNotEmpty();

        asked.clear();
        spied.useCase(HandleSignalUseCase.class).handleSignal(regisseur, new HandleSignalCommand(
                assessed.id().value(), "NO_ACTION", null, "We volgen het.", null, null, assessed.version()));
        assertThat(asked).as("no action leaves the evidence as it was: nothing read for the watch").isEmpty();
        assertThat(spied.persistence.signals().findById(assessed.id()).orElseThrow().evidence())
                .isEqualTo(assessed.evidence());
    }

    @Test
    void everyoneWhoMaySeeTemperaturesSeesTheMapButOnlySomeSeeWhatIsBehindIt() {
        report(coordinator, MALBERG, 4, "Iets in Malberg");
        Actor analyst = fixture.actor("analist", "ANALYST");
        Actor professional = fixture.actor("wijkagent.malberg", "PROFESSIONAL", MALBERG);
        Actor keyPerson = fixture.actor("sleutelpersoon", "KEY_PERSON");
        ShowTemperatureMapUseCase map = fixture.useCase(ShowTemperatureMapUseCase.class);
        ExplainTemperatureUseCase explain = fixture.useCase(ExplainTemperatureUseCase.class);

        assertThat(map.showTemperatureMap(analyst, new TemperatureMapQuery(WIJ_ZIJ))
                .figure(NeighbourhoodCode.of(MALBERG), ThemeCode.of(WIJ_ZIJ)).score()).isPositive();
        assertThat(map.showTemperatureMap(professional, new TemperatureMapQuery(WIJ_ZIJ)).figures()).hasSize(44);
        assertThatThrownBy(() -> map.showTemperatureMap(keyPerson, TemperatureMapQuery.allThemes()))
                .isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> explain.explainTemperature(analyst, new TemperatureCell(MALBERG, WIJ_ZIJ)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(explain.explainTemperature(professional, new TemperatureCell(MALBERG, WIJ_ZIJ)).signals())
                .hasSize(1);
        assertThatThrownBy(() -> explain.explainTemperature(professional,
                new TemperatureCell(FRONTENKWARTIER, WIJ_ZIJ)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                    assertThat(e.code()).isEqualTo("temperature.explanation.not-own-buurt");
                });
    }

    @Test
    void unknownBuurtenAndThemesAreNamed() {
        assertThatThrownBy(() -> map("bestaat-niet"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("theme", "theme.not-found")));
        assertThatThrownBy(() -> new TemperatureMapQuery("Geen Code!"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("theme"));
        assertThatThrownBy(() -> explain(coordinator, "BU09359999", WIJ_ZIJ))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("neighbourhood.not-found");
                });
        assertThatThrownBy(() -> explain(coordinator, MALBERG, "bestaat-niet"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("theme.not-found"));
    }

    // --- helpers ---

    private static Actor coordinator(CoreFixture fixture, String username, String email) {
        return fixture.useCase(CreateAccountUseCase.class).createAccount(Actor.system(), new CreateAccountCommand(
                username, username, List.of("COORDINATOR"), List.of(), "een test wachtwoord", email)).asActor();
    }

    private Signal report(Actor actor, String buurt, int intensity, String description) {
        return report(actor, buurt, intensity, description, null);
    }

    private Signal report(Actor actor, String buurt, int intensity, String description, Instant observedAt) {
        return fixture.useCase(ReportSignalUseCase.class).reportSignal(actor,
                command(buurt, intensity, description, observedAt));
    }

    private static ReportSignalCommand command(String buurt, int intensity, String description, Instant observedAt) {
        return new ReportSignalCommand(null, null, null, "OWN_OBSERVATION", List.of(buurt), List.of(WIJ_ZIJ),
                intensity, description, observedAt, null);
    }

    private Signal assess(Actor actor, SignalId id, String reliability) {
        Signal current = fixture.persistence.signals().findById(id).orElseThrow();
        return fixture.useCase(HandleSignalUseCase.class).handleSignal(actor, new HandleSignalCommand(id.value(),
                "ASSESS", reliability, "Besproken met de wijkagent", null, null, current.version()));
    }

    private TemperatureReading figure(String buurt, String theme) {
        return map(theme).figure(NeighbourhoodCode.of(buurt), ThemeCode.of(theme));
    }

    private TemperatureMapReport map(String theme) {
        return fixture.useCase(ShowTemperatureMapUseCase.class).showTemperatureMap(coordinator,
                new TemperatureMapQuery(theme));
    }

    private TemperatureExplanation explain(Actor actor, String buurt, String theme) {
        return fixture.useCase(ExplainTemperatureUseCase.class).explainTemperature(actor,
                new TemperatureCell(buurt, theme));
    }

    private List<AlertSummary> alerts() {
        Page<AlertSummary> page = fixture.useCase(ListAlertsUseCase.class).listAlerts(coordinator,
                new PageRequest(0, PageRequest.MAX_SIZE));
        return page.items();
    }

    /** A core whose signal reads are recorded in {@code reads}, with a report about Malberg and one elsewhere. */
    private record TwoBuurten(CoreFixture core, Actor regisseur, List<String> reads, Signal malberg,
            Signal frontenkwartier) {
    }

    /** Intensity 4 in Malberg a minute ago, 5 in the Frontenkwartier half a minute ago; the reads so far forgotten. */
    private static TwoBuurten twoBuurtenReported() {
        List<String> reads = new ArrayList<>();
        CoreFixture spied = new CoreFixture(persistence -> spyOnSignals(persistence, new ArrayList<>(), reads));
        Actor regisseur = coordinator(spied, "regisseur", null);
        ReportSignalUseCase intake = spied.useCase(ReportSignalUseCase.class);
        Signal malberg = intake.reportSignal(regisseur, command(MALBERG, 4, "Leuzen op de muur",
                NOW.minusSeconds(60)));
        Signal frontenkwartier = intake.reportSignal(regisseur, command(FRONTENKWARTIER, 5, "Ruzie op het plein",
                NOW.minusSeconds(30)));
        reads.clear();
        return new TwoBuurten(spied, regisseur, reads, malberg, frontenkwartier);
    }

    /**
     * The memory adapter with a signal repository that records the window each read asks for (signals, cells) in
     * {@code asked}, and in {@code reads} what each read was: the whole window's signals, some cells' evidence, or
     * signals by id.
     */
    private static Persistence spyOnSignals(Persistence real, List<Instant> asked, List<String> reads) {
        SignalRepository signals = real.signals();
        SignalRepository spy = new ForwardingSignalRepository(signals) {
            @Override
            public List<Signal> findObservedSince(Instant since) {
                asked.add(since);
                reads.add("the window's signals");
                return super.findObservedSince(since);
            }

            @Override
            public List<SignalEvidence> evidenceObservedSince(Instant since, Set<NeighbourhoodCode> buurten,
                    Set<ThemeCode> themes) {
                asked.add(since);
                reads.add("evidence about " + buurten + " × " + themes);
                // the adapter's own read (the port's default would read the window's signals through this spy)
                return signals.evidenceObservedSince(since, buurten, themes);
            }

            @Override
            public List<Signal> findAllById(java.util.Collection<SignalId> ids) {
                reads.add("signals " + ids);
                return super.findAllById(ids);
            }
        };
        return new Persistence() {
            @Override
            public nl.sleutelnet.application.port.out.NeighbourhoodRegister register() {
                return real.register();
            }

            @Override
            public nl.sleutelnet.application.port.out.ThemeRepository themes() {
                return real.themes();
            }

            @Override
            public nl.sleutelnet.application.port.out.SelfServiceRepository selfService() {
                return real.selfService();
            }

            @Override
            public nl.sleutelnet.application.port.out.AccountRepository accounts() {
                return real.accounts();
            }

            @Override
            public nl.sleutelnet.application.port.out.ApiTokenRepository apiTokens() {
                return real.apiTokens();
            }

            @Override
            public nl.sleutelnet.application.port.out.KeyPersonRepository keyPersons() {
                return real.keyPersons();
            }

            @Override
            public nl.sleutelnet.application.port.out.PartnerRepository partners() {
                return real.partners();
            }

            @Override
            public nl.sleutelnet.application.port.out.TieRepository ties() {
                return real.ties();
            }

            @Override
            public SignalRepository signals() {
                return spy;
            }

            @Override
            public nl.sleutelnet.application.port.out.PollRepository polls() {
                return real.polls();
            }

            @Override
            public AlertRepository alerts() {
                return real.alerts();
            }

            @Override
            public nl.sleutelnet.application.port.out.AuditLog auditLog() {
                return real.auditLog();
            }

            @Override
            public nl.sleutelnet.application.port.out.InterventionRepository interventions() {
                return real.interventions();
            }

            @Override
            public nl.sleutelnet.application.port.out.DeletionRegister deletionRegister() {
                return real.deletionRegister();
            }

            @Override
            public nl.sleutelnet.application.port.out.AuditRetention auditRetention() {
                return real.auditRetention();
            }

            @Override
            public nl.sleutelnet.application.port.out.ProgrammeRepository programmes() {
                return real.programmes();
            }

            @Override
            public nl.sleutelnet.application.port.out.AttemptLog attempts() {
                return real.attempts();
            }
        };
    }
}
