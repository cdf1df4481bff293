package nl.sleutelnet.domain.temperature;

import static nl.sleutelnet.domain.testdata.PollEvidenceBuilder.anAnswer;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.NOW;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.WIJ_ZIJ;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.aSignal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.Test;

/** Wijken and the city show their hottest buurt, not an average. */
class TemperatureRollUpTest {

    private static final NeighbourhoodCode A1 = NeighbourhoodCode.of("BU09350101");
    private static final NeighbourhoodCode A2 = NeighbourhoodCode.of("BU09350102");
    private static final NeighbourhoodCode B1 = NeighbourhoodCode.of("BU09350201");
    private static final DistrictCode A = DistrictCode.of("WK093501");
    private static final DistrictCode B = DistrictCode.of("WK093502");
    private static final ThemeCode COMPLOT = ThemeCode.of("complotdenken");

    private static final Evidence EVIDENCE = Evidence.none()
            // A1 × wij-zij: 4 × 1.0 × 0.5 × 0.5 = 1.0, CALM
            .plus(aSignal().in(A1).intensity(4).reliability(Reliability.HIGH).observedDaysAgo(14).build())
            // A2 × wij-zij: an answer of 1 today, 5.0, HEATED
            .plus(anAnswer().in(A2).rating(1).build())
            // B1 × wij-zij: 4 × 1.0 × 0.5 × 1 = 2.0, TENSE
            .plus(aSignal().in(B1).intensity(4).reliability(Reliability.HIGH).build())
            // A1 and B1 × complotdenken: 2.0 each, TENSE; A2 × complotdenken: nothing
            .plus(aSignal().in(A1).about(COMPLOT).intensity(4).reliability(Reliability.HIGH).build())
            .plus(aSignal().in(B1).about(COMPLOT).intensity(4).reliability(Reliability.HIGH).build());

    private static final TemperatureRollUp ROLL_UP = TemperatureRollUp.of(TemperatureModel.withDefaults()
            .map(List.of(B1, A1, A2), List.of(WIJ_ZIJ, COMPLOT), EVIDENCE, NOW));

    @Test
    void aWijkShowsItsHottestBuurtNotTheAverage() {
        AreaTemperature a = ROLL_UP.district(A, WIJ_ZIJ);

        // the mean of 1.0 and 5.0 would be 3.0, TENSE: the heated buurt would vanish in the average
        assertThat(a.highestLevel()).isEqualTo(Level.HEATED);
        assertThat(a.highestScore()).isEqualTo(5.0);
        assertThat(a.hottestBuurten()).containsExactly(A2);
        assertThat(a.buurtenPerLevel()).containsExactly(entry(Level.CALM, 1), entry(Level.TENSE, 0),
                entry(Level.HEATED, 1), entry(Level.ESCALATING, 0));
        assertThat(a.buurten()).isEqualTo(2);
        assertThat(ROLL_UP.district(B, WIJ_ZIJ).highestLevel()).isEqualTo(Level.TENSE);
        assertThat(ROLL_UP.district(B, WIJ_ZIJ).hottestBuurten()).containsExactly(B1);
    }

    @Test
    void theCityCountsEveryBuurtPerLevel() {
        AreaTemperature city = ROLL_UP.city(WIJ_ZIJ);

        assertThat(city.highestLevel()).isEqualTo(Level.HEATED);
        assertThat(city.highestScore()).isEqualTo(5.0);
        assertThat(city.hottestBuurten()).containsExactly(A2);
        assertThat(city.buurtenPerLevel()).containsExactly(entry(Level.CALM, 1), entry(Level.TENSE, 1),
                entry(Level.HEATED, 1), entry(Level.ESCALATING, 0));
        assertThat(city.buurten()).isEqualTo(3);
    }

    @Test
    void buurtenWithTheSameHighestScoreAreAllHottest() {
        assertThat(ROLL_UP.city(COMPLOT).hottestBuurten()).containsExactly(A1, B1);
        assertThat(ROLL_UP.district(A, COMPLOT).hottestBuurten()).containsExactly(A1);
    }

    @Test
    void whereNothingIsHeardNoBuurtStandsOut() {
        TemperatureRollUp quiet = TemperatureRollUp.of(TemperatureModel.withDefaults()
                .map(List.of(A1, A2), List.of(WIJ_ZIJ), Evidence.none(), NOW));
        AreaTemperature a = quiet.district(A, WIJ_ZIJ);
        assertThat(a.highestLevel()).isEqualTo(Level.CALM);
        assertThat(a.highestScore()).isZero();
        assertThat(a.hottestBuurten()).isEmpty();
        assertThat(a.buurtenPerLevel()).containsEntry(Level.CALM, 2);
    }

    @Test
    void wijkenInOrderOfCodeAndThemesInTheMapsOrder() {
        assertThat(ROLL_UP.asOf()).isEqualTo(NOW);
        assertThat(ROLL_UP.districts().keySet()).containsExactly(A, B);
        assertThat(ROLL_UP.districts().get(A).keySet()).containsExactly(WIJ_ZIJ, COMPLOT);
        assertThat(ROLL_UP.city().keySet()).containsExactly(WIJ_ZIJ, COMPLOT);
        assertThatThrownBy(() -> ROLL_UP.district(DistrictCode.of("WK093509"), WIJ_ZIJ))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ROLL_UP.city(ThemeCode.of("klimaat"))).isInstanceOf(IllegalArgumentException.class);
    }
}
