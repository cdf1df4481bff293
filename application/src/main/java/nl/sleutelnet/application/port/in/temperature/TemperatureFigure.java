package nl.sleutelnet.application.port.in.temperature;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.temperature.Confidence;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.temperature.Temperature;
import nl.sleutelnet.domain.temperature.TemperatureReading;
import nl.sleutelnet.domain.temperature.Trend;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The figures of one temperature without what lies behind them: score, level, trend and confidence, and the numbers
 * those follow from. What the map and the trend chart show to everyone who may see temperatures; the signals and
 * answers behind a figure are only in {@link TemperatureExplanation}, for those who may see them.
 *
 * @param independentSources the number of independent sources the confidence follows from
 * @param earlierScore       the score {@code trendLookBack} before {@code asOf}, which the trend compares with
 */
public record TemperatureFigure(NeighbourhoodCode buurt, ThemeCode theme, Instant asOf, double score, Level level,
        Trend trend, Confidence confidence, int independentSources, double earlierScore) {

    public TemperatureFigure {
        checkNotNull(buurt, "buurt");
        checkNotNull(theme, "theme");
        checkNotNull(asOf, "asOf");
        checkNotNull(level, "level");
        checkNotNull(trend, "trend");
        checkNotNull(confidence, "confidence");
    }

    public static TemperatureFigure of(Temperature t) {
        return new TemperatureFigure(t.buurt(), t.theme(), t.asOf(), t.score(), t.level(), t.trend(), t.confidence(),
                t.explanation().independentSources(), t.explanation().earlierScore());
    }

    /** The same figures as {@link #of(Temperature)} of the temperature this reading was made for. */
    public static TemperatureFigure of(TemperatureReading r) {
        return new TemperatureFigure(r.buurt(), r.theme(), r.asOf(), r.score(), r.level(), r.trend(), r.confidence(),
                r.independentSources(), r.earlierScore());
    }
}
