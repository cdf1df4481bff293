package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The figures of a {@link Temperature} without its explanation: what a map, a roll-up or the watch for alerts read,
 * made by {@link TemperatureModel#readings} without building every contribution. The same numbers as the temperature
 * of the same evidence at the same moment ({@link #of}).
 *
 * @param independentSources the sources the confidence follows from
 * @param earlierScore       the score {@code trendLookBack} before {@code asOf}, which the trend compares with
 */
public record TemperatureReading(NeighbourhoodCode buurt, ThemeCode theme, Instant asOf, double score, Level level,
        Trend trend, Confidence confidence, int independentSources, double earlierScore) {

    public TemperatureReading {
        checkNotNull(buurt, "buurt");
        checkNotNull(theme, "theme");
        checkNotNull(asOf, "asOf");
        checkArgument(score >= 0, "a score is not negative: %s", score);
        checkNotNull(level, "level");
        checkNotNull(trend, "trend");
        checkArgument(confidence == Confidence.ofSources(independentSources),
                "confidence %s does not follow from %s sources", confidence, independentSources);
        checkArgument(earlierScore >= 0, "earlierScore not negative: %s", earlierScore);
    }

    /** The figures of {@code temperature}. */
    public static TemperatureReading of(Temperature temperature) {
        return new TemperatureReading(temperature.buurt(), temperature.theme(), temperature.asOf(),
                temperature.score(), temperature.level(), temperature.trend(), temperature.confidence(),
                temperature.explanation().independentSources(), temperature.explanation().earlierScore());
    }
}
