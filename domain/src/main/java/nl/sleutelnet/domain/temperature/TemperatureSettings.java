package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

/**
 * The knobs of the temperature model. Each is a choice of the municipality, documented with its default in
 * {@code docs/temperatuur.md}; changing one changes every figure, so the coordinator should know when it happened.
 *
 * @param halfLife           after this long, a piece of evidence counts half as much: tension that is not heard
 *                           again fades, but does not vanish overnight
 * @param evidenceWindow     signals whose (counted) observation lies before {@code asOf - evidenceWindow} do not
 *                           count at all. By default six half-lives, where a signal still counts for less than 1/64
 *                           (1.6%) of its weight. The cut-off is what makes the current map cheap: a repository only
 *                           needs the evidence inside the window (see {@link #evidenceNeededFrom}), never all history
 * @param reliabilityWeights for each {@link Reliability}, 0 to 1: how much a signal judged that reliable counts
 *                           (0 leaves such signals out, sources and all).
 *                           An unassessed signal (UNKNOWN) counts a little more than one judged unreliable: nobody has
 *                           looked at it yet, and ignoring it would hide fresh tension
 * @param pollWeight         how much the poll part counts next to the signals (0 switches polls off: the
 *                           answers then count neither in the score nor as sources)
 * @param pollWindow         poll answers older than this do not count: a mood is a snapshot, and an old rating
 *                           says little about today
 * @param tenseFrom          the lowest score that is TENSE; below it is CALM
 * @param heatedFrom         the lowest score that is HEATED
 * @param escalatingFrom     the lowest score that is ESCALATING
 * @param trendLookBack      the trend compares the score now with the score this long ago
 * @param trendTolerance     a difference of at most this many score points is STABLE
 */
public record TemperatureSettings(Duration halfLife, Duration evidenceWindow,
        Map<Reliability, Double> reliabilityWeights, double pollWeight, Duration pollWindow, double tenseFrom,
        double heatedFrom, double escalatingFrom, Duration trendLookBack, double trendTolerance) {

    private static final double SECONDS_PER_DAY = 86_400;
    private static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(14);
    private static final int DEFAULT_WINDOW_IN_HALF_LIVES = 6;

    public TemperatureSettings {
        checkPositive(halfLife, "halfLife");
        checkPositive(evidenceWindow, "evidenceWindow");
        checkNotNull(reliabilityWeights, "reliabilityWeights");
        checkArgument(reliabilityWeights.keySet().equals(EnumSet.allOf(Reliability.class)),
                "a weight for every reliability: %s", reliabilityWeights);
        reliabilityWeights.forEach((reliability, weight) -> checkArgument(weight != null && weight >= 0 && weight <= 1,
                "the weight of %s is 0 to 1: %s", reliability, weight));
        reliabilityWeights = Maps.immutableEnumMap(reliabilityWeights);
        checkArgument(Double.isFinite(pollWeight) && pollWeight >= 0, "pollWeight is 0 or more: %s", pollWeight);
        checkPositive(pollWindow, "pollWindow");
        checkArgument(Double.isFinite(escalatingFrom), "escalatingFrom is a number: %s", escalatingFrom);
        checkArgument(0 < tenseFrom && tenseFrom < heatedFrom && heatedFrom < escalatingFrom,
                "the thresholds increase from above 0: TENSE %s < HEATED %s < ESCALATING %s", tenseFrom, heatedFrom,
                escalatingFrom);
        checkPositive(trendLookBack, "trendLookBack");
        checkArgument(Double.isFinite(trendTolerance) && trendTolerance >= 0, "trendTolerance is 0 or more: %s",
                trendTolerance);
    }

    /**
     * Half-life 14 days, evidence window 84 days (six half-lives); reliability HIGH 1.0, MEDIUM 0.7, LOW 0.4,
     * UNKNOWN 0.5; poll weight 1.0 over 42 days; TENSE from 2, HEATED from 5, ESCALATING from 9; trend over 14 days
     * with a tolerance of 1 point.
     */
    public static TemperatureSettings defaults() {
        return new TemperatureSettings(DEFAULT_HALF_LIFE, DEFAULT_HALF_LIFE.multipliedBy(DEFAULT_WINDOW_IN_HALF_LIVES),
                ImmutableMap.of(Reliability.HIGH, 1.0, Reliability.MEDIUM, 0.7, Reliability.LOW, 0.4,
                        Reliability.UNKNOWN, 0.5),
                1.0, Duration.ofDays(42), 2, 5, 9, Duration.ofDays(14), 1.0);
    }

    /** The same settings with other level thresholds. */
    public TemperatureSettings withThresholds(double tense, double heated, double escalating) {
        return new TemperatureSettings(halfLife, evidenceWindow, reliabilityWeights, pollWeight, pollWindow, tense,
                heated, escalating, trendLookBack, trendTolerance);
    }

    /** The same settings with another evidence window for signals. */
    public TemperatureSettings withEvidenceWindow(Duration window) {
        return new TemperatureSettings(halfLife, window, reliabilityWeights, pollWeight, pollWindow, tenseFrom,
                heatedFrom, escalatingFrom, trendLookBack, trendTolerance);
    }

    /** The same settings with another poll weight. */
    public TemperatureSettings withPollWeight(double weight) {
        return new TemperatureSettings(halfLife, evidenceWindow, reliabilityWeights, weight, pollWindow, tenseFrom,
                heatedFrom, escalatingFrom, trendLookBack, trendTolerance);
    }

    public double reliabilityWeight(Reliability reliability) {
        return reliabilityWeights.get(checkNotNull(reliability, "reliability"));
    }

    /**
     * {@code 1 - 0.5^sources}: one source 0.5, two 0.75, three 0.875, approaching 1. Each independent sighting
     * halves what is still uncertain, so a signal heard by several people counts more, but never more than its
     * intensity.
     */
    public double sourceWeight(int independentSources) {
        checkArgument(independentSources >= 1, "at least one source: %s", independentSources);
        return 1 - Math.pow(0.5, independentSources);
    }

    /** {@code 0.5^(age / halfLife)}: 1 for evidence of this moment, 0.5 after one half-life, 0.25 after two. */
    public double decay(Duration age) {
        checkNotNull(age, "age");
        checkArgument(!age.isNegative(), "evidence from the future does not decay: %s", age);
        return Math.pow(0.5, days(age) / days(halfLife));
    }

    /** The level of a score: a score exactly on a threshold belongs to the higher level. */
    public Level levelOf(double score) {
        checkArgument(score >= 0, "a score is not negative: %s", score);
        if (score >= escalatingFrom) {
            return Level.ESCALATING;
        }
        if (score >= heatedFrom) {
            return Level.HEATED;
        }
        return score >= tenseFrom ? Level.TENSE : Level.CALM;
    }

    /** The earliest moment a signal may have been observed to count at {@code asOf}; at this moment it still counts. */
    public Instant signalsCountFrom(Instant asOf) {
        return asOf.minus(evidenceWindow);
    }

    /** The earliest moment a poll answer may have been given to count at {@code asOf}; at this moment it still counts. */
    public Instant pollsCountFrom(Instant asOf) {
        return asOf.minus(pollWindow);
    }

    /**
     * The earliest evidence a repository must hand over for a temperature at {@code asOf}, trend included: the trend
     * looks at {@code asOf - trendLookBack}, and that moment sees back the longer of the two windows. Evidence (by
     * last observation or answer time) before this moment cannot change any figure.
     */
    public Instant evidenceNeededFrom(Instant asOf) {
        Duration longestWindow = evidenceWindow.compareTo(pollWindow) >= 0 ? evidenceWindow : pollWindow;
        return asOf.minus(trendLookBack).minus(longestWindow);
    }

    /**
     * The earliest last observation of a signal that can count at {@code asOf} or at its trend's earlier moment: the
     * signals part of {@link #evidenceNeededFrom}.
     */
    public Instant signalsNeededFrom(Instant asOf) {
        return asOf.minus(trendLookBack).minus(evidenceWindow);
    }

    /**
     * The earliest poll answer that can count at {@code asOf} or at its trend's earlier moment: the answers part of
     * {@link #evidenceNeededFrom}. Older answers in a list of evidence are ignored, so a caller need not read them.
     */
    public Instant pollsNeededFrom(Instant asOf) {
        return asOf.minus(trendLookBack).minus(pollWindow);
    }

    /** A duration in days, with the fraction: 36 hours is 1.5. */
    static double days(Duration duration) {
        return (duration.getSeconds() + duration.getNano() / 1e9) / SECONDS_PER_DAY;
    }

    private static void checkPositive(Duration duration, String name) {
        checkNotNull(duration, name);
        checkArgument(!duration.isNegative() && !duration.isZero(), "%s is longer than zero: %s", name, duration);
    }
}
