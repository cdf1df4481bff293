package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * The temperature at the end of one day: a point of the trend chart. Its {@code temperature().asOf()} is the midnight
 * that ends {@code day} in the zone the series was asked for.
 */
public record DailyTemperature(LocalDate day, Temperature temperature) {

    public DailyTemperature {
        checkNotNull(day, "day");
        checkNotNull(temperature, "temperature");
    }
}
