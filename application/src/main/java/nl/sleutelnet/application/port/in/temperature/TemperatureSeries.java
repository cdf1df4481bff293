package nl.sleutelnet.application.port.in.temperature;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.temperature.TemperatureReading;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import nl.sleutelnet.domain.theme.Theme;

/**
 * The temperature of one buurt × theme at the end of every day of a period, oldest first: the trend chart. A day ends
 * at the midnight that starts the next day in the municipality's time zone; today's point is the temperature at the
 * coming midnight from what is known now.
 */
public record TemperatureSeries(Neighbourhood buurt, Theme theme, LocalDate from, LocalDate to, List<Day> days,
        TemperatureSettings settings) {

    public TemperatureSeries {
        checkNotNull(buurt, "buurt");
        checkNotNull(theme, "theme");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        days = ImmutableList.copyOf(days);
        checkNotNull(settings, "settings");
    }

    /** One point of the chart. */
    public record Day(LocalDate day, TemperatureReading figure) {

        public Day {
            checkNotNull(day, "day");
            checkNotNull(figure, "figure");
        }
    }
}
