package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import nl.sleutelnet.domain.temperature.Level;

/**
 * The scope's temperature at the end of one day: the highest level and the highest score of any buurt × theme in it.
 * The highest, not an average, for the reason {@link nl.sleutelnet.domain.temperature.AreaTemperature} gives: one
 * heated buurt is not made calm by calm neighbours.
 */
public record ScopeDay(LocalDate day, Level highestLevel, double highestScore) {

    public ScopeDay {
        checkNotNull(day, "day");
        checkNotNull(highestLevel, "highestLevel");
        checkArgument(Double.isFinite(highestScore) && highestScore >= 0, "a score is not negative: %s",
                highestScore);
    }
}
