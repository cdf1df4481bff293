package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The temperature of one buurt × theme at one moment, derived by {@link TemperatureModel}, never typed in. The number
 * decides nothing: it points the coordinator at where to look, and the explanation says what it rests on.
 *
 * @param score       0 or more; the sum of the explanation's contributions
 * @param level       the score in words, by the thresholds of the settings used
 * @param trend       the score against the score {@code trendLookBack} earlier
 * @param confidence  how many independent sources the figure rests on
 */
public record Temperature(NeighbourhoodCode buurt, ThemeCode theme, Instant asOf, double score, Level level,
        Trend trend, Confidence confidence, Explanation explanation) {

    public Temperature {
        checkNotNull(buurt, "buurt");
        checkNotNull(theme, "theme");
        checkNotNull(asOf, "asOf");
        checkArgument(score >= 0, "a score is not negative: %s", score);
        checkNotNull(level, "level");
        checkNotNull(trend, "trend");
        checkNotNull(confidence, "confidence");
        checkNotNull(explanation, "explanation");
        checkArgument(score == explanation.total(), "the score %s is the sum of its contributions, %s", score,
                explanation.total());
        checkArgument(confidence == Confidence.ofSources(explanation.independentSources()),
                "confidence %s does not follow from %s sources", confidence, explanation.independentSources());
        checkArgument(explanation.earlierAsOf().isBefore(asOf), "the trend compares with an earlier moment");
    }
}
