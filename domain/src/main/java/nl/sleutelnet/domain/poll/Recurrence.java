package nl.sleutelnet.domain.poll;

import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/**
 * Whether a round repeats: when a recurring round closes, the next one is planned with the same buurten and themes
 * for the same period one week or one month later (calendar weeks and months, so a round keeps its weekday or day of
 * the month). A recurring round's period is at most the interval, so rounds of one series never overlap.
 */
public enum Recurrence {
    NONE(null, null),
    WEEKLY(Period.ofWeeks(1), Duration.ofDays(7)),
    MONTHLY(Period.ofMonths(1), Duration.ofDays(28));

    private final Period interval;
    private final Duration longestPeriod;

    Recurrence(Period interval, Duration longestPeriod) {
        this.interval = interval;
        this.longestPeriod = longestPeriod;
    }

    /** The step to the next round; empty when the round does not repeat. */
    public Optional<Period> interval() {
        return Optional.ofNullable(interval);
    }

    /** The longest period a round of this recurrence may have (the shortest possible interval). */
    public Optional<Duration> longestPeriod() {
        return Optional.ofNullable(longestPeriod);
    }
}
