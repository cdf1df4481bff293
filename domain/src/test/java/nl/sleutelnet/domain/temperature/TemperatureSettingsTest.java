package nl.sleutelnet.domain.temperature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemperatureSettingsTest {

    private static final TemperatureSettings DEFAULTS = TemperatureSettings.defaults();

    @Test
    void theDefaultsAreThoseThePublishedDescriptionNames() {
        assertThat(DEFAULTS.halfLife()).isEqualTo(Duration.ofDays(14));
        // six half-lives: 6 × 14 = 84 days, where a signal counts 0.5^6 = 1/64 ≈ 1.6% of its weight
        assertThat(DEFAULTS.evidenceWindow()).isEqualTo(Duration.ofDays(84));
        assertThat(DEFAULTS.reliabilityWeights()).containsExactly(Map.entry(Reliability.HIGH, 1.0),
                Map.entry(Reliability.MEDIUM, 0.7), Map.entry(Reliability.LOW, 0.4),
                Map.entry(Reliability.UNKNOWN, 0.5));
        assertThat(DEFAULTS.pollWeight()).isEqualTo(1.0);
        assertThat(DEFAULTS.pollWindow()).isEqualTo(Duration.ofDays(42));
        assertThat(DEFAULTS.tenseFrom()).isEqualTo(2);
        assertThat(DEFAULTS.heatedFrom()).isEqualTo(5);
        assertThat(DEFAULTS.escalatingFrom()).isEqualTo(9);
        assertThat(DEFAULTS.trendLookBack()).isEqualTo(Duration.ofDays(14));
        assertThat(DEFAULTS.trendTolerance()).isEqualTo(1.0);
    }

    @Test
    void evidenceHalvesEveryHalfLife() {
        assertThat(DEFAULTS.decay(Duration.ZERO)).isEqualTo(1.0);
        assertThat(DEFAULTS.decay(Duration.ofDays(14))).isCloseTo(0.5, within(1e-15));
        assertThat(DEFAULTS.decay(Duration.ofDays(28))).isCloseTo(0.25, within(1e-15));
        // 7 days is half a half-life: 0.5^0.5 = 1/√2
        assertThat(DEFAULTS.decay(Duration.ofDays(7))).isCloseTo(Math.sqrt(0.5), within(1e-15));
        // at the edge of the window: 0.5^6 = 1/64
        assertThat(DEFAULTS.decay(Duration.ofDays(84))).isCloseTo(1 / 64.0, within(1e-15));
        assertThatThrownBy(() -> DEFAULTS.decay(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void independentSourcesHalveWhatIsStillUncertain() {
        assertThat(DEFAULTS.sourceWeight(1)).isEqualTo(0.5);
        assertThat(DEFAULTS.sourceWeight(2)).isEqualTo(0.75);
        assertThat(DEFAULTS.sourceWeight(3)).isEqualTo(0.875);
        assertThat(DEFAULTS.sourceWeight(50)).isLessThanOrEqualTo(1.0);
        assertThatThrownBy(() -> DEFAULTS.sourceWeight(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoreExactlyOnAThresholdBelongsToTheHigherLevel() {
        assertThat(DEFAULTS.levelOf(0)).isEqualTo(Level.CALM);
        assertThat(DEFAULTS.levelOf(Math.nextDown(2.0))).isEqualTo(Level.CALM);
        assertThat(DEFAULTS.levelOf(2.0)).isEqualTo(Level.TENSE);
        assertThat(DEFAULTS.levelOf(Math.nextDown(5.0))).isEqualTo(Level.TENSE);
        assertThat(DEFAULTS.levelOf(5.0)).isEqualTo(Level.HEATED);
        assertThat(DEFAULTS.levelOf(Math.nextDown(9.0))).isEqualTo(Level.HEATED);
        assertThat(DEFAULTS.levelOf(9.0)).isEqualTo(Level.ESCALATING);
        assertThat(DEFAULTS.levelOf(1000)).isEqualTo(Level.ESCALATING);
        assertThatThrownBy(() -> DEFAULTS.levelOf(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.levelOf(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thresholdsMustIncreaseFromAboveZero() {
        assertThat(DEFAULTS.withThresholds(1, 3, 4).levelOf(3.5)).isEqualTo(Level.HEATED);
        assertThatThrownBy(() -> DEFAULTS.withThresholds(2, 2, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.withThresholds(5, 2, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.withThresholds(2, 9, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.withThresholds(0, 5, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.withThresholds(2, 5, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsSettingsThatMakeNoSense() {
        assertThatThrownBy(() -> DEFAULTS.withEvidenceWindow(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.withPollWeight(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.withPollWeight(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        Map<Reliability, Double> missingOne = new EnumMap<>(DEFAULTS.reliabilityWeights());
        missingOne.remove(Reliability.UNKNOWN);
        assertThatThrownBy(() -> withReliabilityWeights(missingOne)).isInstanceOf(IllegalArgumentException.class);
        Map<Reliability, Double> aboveOne = new EnumMap<>(DEFAULTS.reliabilityWeights());
        aboveOne.put(Reliability.HIGH, 1.5);
        assertThatThrownBy(() -> withReliabilityWeights(aboveOne)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TemperatureSettings(Duration.ofDays(-1), Duration.ofDays(84),
                DEFAULTS.reliabilityWeights(), 1, Duration.ofDays(42), 2, 5, 9, Duration.ofDays(14), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TemperatureSettings(Duration.ofDays(14), Duration.ofDays(84),
                DEFAULTS.reliabilityWeights(), 1, Duration.ofDays(42), 2, 5, 9, Duration.ofDays(14), -0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWindowsTellARepositoryHowFarBackToLook() {
        Instant asOf = Instant.parse("2025-06-01T00:00:00Z");
        assertThat(DEFAULTS.signalsCountFrom(asOf)).isEqualTo(Instant.parse("2025-03-09T00:00:00Z"));
        assertThat(DEFAULTS.pollsCountFrom(asOf)).isEqualTo(Instant.parse("2025-04-20T00:00:00Z"));
        // the trend looks 14 days back, and from there the longer window (84 days): 98 days in all
        assertThat(DEFAULTS.evidenceNeededFrom(asOf)).isEqualTo(Instant.parse("2025-02-23T00:00:00Z"));
    }

    private static TemperatureSettings withReliabilityWeights(Map<Reliability, Double> weights) {
        return new TemperatureSettings(DEFAULTS.halfLife(), DEFAULTS.evidenceWindow(), weights, DEFAULTS.pollWeight(),
                DEFAULTS.pollWindow(), DEFAULTS.tenseFrom(), DEFAULTS.heatedFrom(), DEFAULTS.escalatingFrom(),
                DEFAULTS.trendLookBack(), DEFAULTS.trendTolerance());
    }
}
