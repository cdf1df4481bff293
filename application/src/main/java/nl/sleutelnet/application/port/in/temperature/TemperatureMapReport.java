package nl.sleutelnet.application.port.in.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.temperature.TemperatureRollUp;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The temperature map at one moment: every buurt of the register on every theme asked, and the roll-up per wijk and
 * for the city. Figures only: no signal, answer or person behind them.
 *
 * @param figures  buurt by buurt in register order, and within a buurt theme by theme in the order of {@code themes}
 * @param settings the thresholds and other settings the figures were computed with (for a legend)
 */
public record TemperatureMapReport(Instant asOf, List<District> districts, List<Neighbourhood> buurten,
        List<Theme> themes, List<TemperatureFigure> figures, TemperatureRollUp rollUp, TemperatureSettings settings) {

    public TemperatureMapReport {
        checkNotNull(asOf, "asOf");
        districts = ImmutableList.copyOf(districts);
        buurten = ImmutableList.copyOf(buurten);
        themes = ImmutableList.copyOf(themes);
        figures = ImmutableList.copyOf(figures);
        checkNotNull(rollUp, "rollUp");
        checkNotNull(settings, "settings");
        checkArgument(figures.size() == buurten.size() * themes.size(), "a figure for every buurt × theme");
    }

    public TemperatureFigure figure(NeighbourhoodCode buurt, ThemeCode theme) {
        return figures.stream().filter(f -> f.buurt().equals(buurt) && f.theme().equals(theme)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(buurt + " × " + theme + " is not on this map"));
    }

    /** The figures of one theme, buurt by buurt in register order. */
    public List<TemperatureFigure> figures(ThemeCode theme) {
        return figures.stream().filter(f -> f.theme().equals(theme)).toList();
    }
}
