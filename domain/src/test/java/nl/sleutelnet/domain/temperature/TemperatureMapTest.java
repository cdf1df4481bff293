package nl.sleutelnet.domain.temperature;

import static nl.sleutelnet.domain.testdata.PollEvidenceBuilder.anAnswer;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.MALBERG;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.NOW;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.WIJ_ZIJ;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.aSignal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.Test;

/** The map of many buurten × themes at once, and the daily series for the trend chart. */
class TemperatureMapTest {

    private static final TemperatureModel MODEL = TemperatureModel.withDefaults();
    private static final NeighbourhoodCode CARRE = NeighbourhoodCode.of("BU09350101");
    private static final NeighbourhoodCode NOT_ASKED = NeighbourhoodCode.of("BU09350699");
    private static final ThemeCode COMPLOT = ThemeCode.of("complotdenken");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final Evidence CITY = Evidence.none()
            .plus(aSignal().in(MALBERG).about(WIJ_ZIJ).intensity(4).reliability(Reliability.HIGH).build())
            .plus(aSignal().in(MALBERG).about(COMPLOT).intensity(2).observedDaysAgo(3).build())
            .plus(aSignal().in(CARRE).about(WIJ_ZIJ).intensity(5).sources(2).observedDaysAgo(20).build())
            .plus(anAnswer().in(CARRE).about(WIJ_ZIJ).rating(3).answeredDaysAgo(2).build())
            .plus(aSignal().in(NOT_ASKED).about(WIJ_ZIJ).intensity(5).build());

    @Test
    void everyCellAskedIsOnTheMapWithTheSameFigureAsAskedAlone() {
        TemperatureMap map = MODEL.map(List.of(MALBERG, CARRE), List.of(WIJ_ZIJ, COMPLOT), CITY, NOW);

        assertThat(map.asOf()).isEqualTo(NOW);
        assertThat(map.buurten()).containsExactly(MALBERG, CARRE);
        assertThat(map.themes()).containsExactly(WIJ_ZIJ, COMPLOT);
        assertThat(map.temperatures()).extracting(t -> t.buurt() + " " + t.theme()).containsExactly(
                "BU09350207 wij-zij", "BU09350207 complotdenken", "BU09350101 wij-zij", "BU09350101 complotdenken");
        for (Temperature cell : map.temperatures()) {
            assertThat(cell).isEqualTo(MODEL.temperature(cell.buurt(), cell.theme(), CITY, NOW));
        }
        // Malberg × wij-zij: 4 × 1.0 × 0.5 × 1 = 2.0
        assertThat(map.get(MALBERG, WIJ_ZIJ).score()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void aMapMadeAsAGridIsTheMapMadeFromItsList() {
        TemperatureMap grid = MODEL.map(List.of(MALBERG, CARRE), List.of(WIJ_ZIJ, COMPLOT), CITY, NOW);
        TemperatureMap fromList = new TemperatureMap(NOW, grid.temperatures());

        assertThat(grid.temperatures()).isEqualTo(fromList.temperatures());
        assertThat(grid.buurten()).isEqualTo(fromList.buurten());
        assertThat(grid.themes()).isEqualTo(fromList.themes());
        for (NeighbourhoodCode buurt : grid.buurten()) {
            for (ThemeCode theme : grid.themes()) {
                assertThat(grid.get(buurt, theme)).isSameAs(fromList.get(buurt, theme));
            }
        }
        assertThat(TemperatureRollUp.of(grid)).isEqualTo(TemperatureRollUp.of(fromList));
        // a temperature out of its place is refused, not shown under another buurt
        List<Temperature> swapped = List.of(grid.get(MALBERG, COMPLOT), grid.get(MALBERG, WIJ_ZIJ),
                grid.get(CARRE, WIJ_ZIJ), grid.get(CARRE, COMPLOT));
        assertThatThrownBy(() -> TemperatureMap.grid(NOW, List.of(MALBERG, CARRE), List.of(WIJ_ZIJ, COMPLOT), swapped))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCellWithoutEvidenceIsCalmAndOnTheMap() {
        TemperatureMap map = MODEL.map(List.of(MALBERG, CARRE), List.of(WIJ_ZIJ, COMPLOT), CITY, NOW);
        Temperature quiet = map.get(CARRE, COMPLOT);
        assertThat(quiet.score()).isZero();
        assertThat(quiet.level()).isEqualTo(Level.CALM);
        assertThat(quiet.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void evidenceAboutBuurtenNotAskedIsLeftOff() {
        TemperatureMap map = MODEL.map(List.of(MALBERG), List.of(WIJ_ZIJ), CITY, NOW);
        assertThat(map.temperatures()).hasSize(1);
        assertThatThrownBy(() -> map.get(NOT_ASKED, WIJ_ZIJ)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachBuurtAndThemeIsAskedOnce() {
        assertThatThrownBy(() -> MODEL.map(List.of(MALBERG, MALBERG), List.of(WIJ_ZIJ), CITY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MODEL.map(List.of(MALBERG), List.of(WIJ_ZIJ, WIJ_ZIJ), CITY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayEndsAtMidnightInTheZoneAsked() {
        // 10:00 in Amsterdam on 10 March 2025 (UTC+1): 09:00 UTC
        Instant tenOClock = Instant.parse("2025-03-10T09:00:00Z");
        Evidence evidence = Evidence.none()
                .plus(aSignal().intensity(4).reliability(Reliability.HIGH).observedAt(tenOClock).build());

        List<DailyTemperature> series = MODEL.dailySeries(MALBERG, WIJ_ZIJ, evidence, LocalDate.of(2025, 3, 9),
                LocalDate.of(2025, 3, 11), AMSTERDAM);

        assertThat(series).extracting(DailyTemperature::day).containsExactly(LocalDate.of(2025, 3, 9),
                LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 11));
        assertThat(series.get(0).temperature().asOf()).isEqualTo(Instant.parse("2025-03-09T23:00:00Z"));
        // the end of the 9th knows nothing yet
        assertThat(series.get(0).temperature().score()).isZero();
        // the end of the 10th: 14 hours old, 4 × 1.0 × 0.5 × 0.5^(14/24/14)
        assertThat(series.get(1).temperature().score())
                .isCloseTo(2 * Math.pow(0.5, 14 / 24.0 / 14), within(1e-12));
        // the end of the 11th: 38 hours old
        assertThat(series.get(2).temperature().score())
                .isCloseTo(2 * Math.pow(0.5, 38 / 24.0 / 14), within(1e-12));
    }

    @Test
    void theDayTheClocksGoForwardIsTwentyThreeHours() {
        List<DailyTemperature> series = MODEL.dailySeries(MALBERG, WIJ_ZIJ, Evidence.none(),
                LocalDate.of(2025, 3, 29), LocalDate.of(2025, 3, 30), AMSTERDAM);
        // 30 March 2025 02:00 became 03:00: the 29th ends 23:00 UTC, the 30th 22:00 UTC
        assertThat(series).extracting(d -> d.temperature().asOf()).containsExactly(
                Instant.parse("2025-03-29T23:00:00Z"), Instant.parse("2025-03-30T22:00:00Z"));
    }

    @Test
    void aSeriesOfOneDayAndNoneBackwards() {
        assertThat(MODEL.dailySeries(MALBERG, WIJ_ZIJ, CITY, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1),
                AMSTERDAM)).hasSize(1);
        assertThatThrownBy(() -> MODEL.dailySeries(MALBERG, WIJ_ZIJ, CITY, LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 1), AMSTERDAM)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSeriesShowsASignalFadingAfterItWasReported() {
        Instant reported = LocalDate.of(2025, 5, 1).atTime(9, 0).atZone(AMSTERDAM).toInstant();
        Evidence evidence = Evidence.none().plus(aSignal().intensity(5).reliability(Reliability.HIGH).sources(3)
                .observedAt(reported).build());
        List<DailyTemperature> series = MODEL.dailySeries(MALBERG, WIJ_ZIJ, evidence, LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 31), AMSTERDAM);
        List<Double> scores = series.stream().map(d -> d.temperature().score()).toList();
        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i)).isLessThan(scores.get(i - 1));
        }
        // the first evening the signal is new: 4.375 × 0.5^(15/24/14) = 4.24 against 0, RISING
        assertThat(series.get(0).temperature().trend()).isEqualTo(Trend.RISING);
        // two weeks on it has halved: 4.375 × 0.5^(14.6/14) = 2.12 against 4.24, FALLING
        assertThat(series.get(14).temperature().trend()).isEqualTo(Trend.FALLING);
        // a month on the fall has slowed: 4.375 × 0.5^(30.6/14) = 0.96 against 1.93, a change within 1: STABLE
        assertThat(series.get(30).temperature().trend()).isEqualTo(Trend.STABLE);
    }
}
