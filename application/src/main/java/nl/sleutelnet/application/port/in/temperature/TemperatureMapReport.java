package nl.sleutelnet.application.port.in.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.temperature.TemperatureReading;
import nl.sleutelnet.domain.temperature.TemperatureRollUp;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The temperature map at one moment: every buurt of the register on every theme asked, and the roll-up per wijk and
 * for the city. Figures only: no signal, answer or person behind them.
 *
 * <p>The roll-up follows from the figures, so it is worked out from them the first time it is asked for (once; the
 * report is immutable and may be shared between threads): a caller that reads only the figures, such as the
 * simulation, does not pay for it.
 */
public final class TemperatureMapReport {

    private final Instant asOf;
    private final List<District> districts;
    private final List<Neighbourhood> buurten;
    private final List<Theme> themes;
    private final List<TemperatureReading> figures;
    private final TemperatureSettings settings;
    private final Supplier<TemperatureRollUp> rollUp;

    /**
     * @param figures  buurt by buurt in the order of {@code buurten}, and within a buurt theme by theme in the order of
     *                 {@code themes}, each of {@code asOf} (as the model makes them; only their number is checked here,
     *                 the roll-up checks each figure's moment when it is worked out)
     * @param settings the thresholds and other settings the figures were computed with (for a legend)
     */
    public TemperatureMapReport(Instant asOf, List<District> districts, List<Neighbourhood> buurten,
            List<Theme> themes, List<TemperatureReading> figures, TemperatureSettings settings) {
        this.asOf = checkNotNull(asOf, "asOf");
        this.districts = ImmutableList.copyOf(districts);
        this.buurten = ImmutableList.copyOf(buurten);
        this.themes = ImmutableList.copyOf(themes);
        this.figures = ImmutableList.copyOf(figures);
        this.settings = checkNotNull(settings, "settings");
        checkArgument(this.figures.size() == this.buurten.size() * this.themes.size(),
                "a figure for every buurt × theme");
        List<ThemeCode> themeCodes = this.themes.stream().map(Theme::code).toList();
        this.rollUp = Suppliers.memoize(() -> TemperatureRollUp.of(asOf, themeCodes, this.figures));
    }

    public Instant asOf() {
        return asOf;
    }

    public List<District> districts() {
        return districts;
    }

    public List<Neighbourhood> buurten() {
        return buurten;
    }

    public List<Theme> themes() {
        return themes;
    }

    /** Buurt by buurt in register order, and within a buurt theme by theme in the order of {@link #themes()}. */
    public List<TemperatureReading> figures() {
        return figures;
    }

    /** The figures summed up per wijk and for the city, theme by theme in the order of {@link #themes()}. */
    public TemperatureRollUp rollUp() {
        return rollUp.get();
    }

    /** The thresholds and other settings the figures were computed with (for a legend). */
    public TemperatureSettings settings() {
        return settings;
    }

    public TemperatureReading figure(NeighbourhoodCode buurt, ThemeCode theme) {
        return figures.stream().filter(f -> f.buurt().equals(buurt) && f.theme().equals(theme)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(buurt + " × " + theme + " is not on this map"));
    }

    /** The figures of one theme, buurt by buurt in register order. */
    public List<TemperatureReading> figures(ThemeCode theme) {
        return figures.stream().filter(f -> f.theme().equals(theme)).toList();
    }

    /** Equal when made of the same figures about the same register, themes and settings (the roll-up follows). */
    @Override
    public boolean equals(Object other) {
        return other instanceof TemperatureMapReport that && asOf.equals(that.asOf)
                && districts.equals(that.districts) && buurten.equals(that.buurten) && themes.equals(that.themes)
                && figures.equals(that.figures) && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, districts, buurten, themes, figures, settings);
    }

    @Override
    public String toString() {
        return "TemperatureMapReport[asOf=" + asOf + ", " + buurten.size() + " buurten × " + themes.size()
                + " themes]";
    }
}
