package nl.sleutelnet.application.port.in.temperature;

import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.temperature.TemperatureReading;
import nl.sleutelnet.domain.theme.Theme;

/**
 * The temperature of one buurt × theme now, as the map shows it for that cell, with the buurt's wijk: what a buurt's
 * page shows above its trend.
 */
public record CellTemperature(Neighbourhood buurt, District district, Theme theme, TemperatureReading figure) {

    public CellTemperature {
        checkNotNull(buurt, "buurt");
        checkNotNull(district, "district");
        checkNotNull(theme, "theme");
        checkNotNull(figure, "figure");
    }
}
