package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import java.time.Instant;
import java.util.List;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The temperature of every buurt × theme asked, at one moment: the map the coordinator opens. A buurt without evidence
 * is in it too, CALM with LOW confidence: "nothing heard" is shown, not hidden, and a roll-up counts it.
 */
public final class TemperatureMap {

    private final Instant asOf;
    private final ImmutableTable<NeighbourhoodCode, ThemeCode, Temperature> cells;
    /** The lists below, built once: a map is read whole, often more than once (the roll-up, the figures). */
    private final ImmutableList<Temperature> temperatures;
    private final ImmutableList<NeighbourhoodCode> buurten;
    private final ImmutableList<ThemeCode> themes;

    /** Temperatures in the order they should be shown; each buurt × theme once, all at {@code asOf}. */
    public TemperatureMap(Instant asOf, List<Temperature> temperatures) {
        this.asOf = checkNotNull(asOf, "asOf");
        ImmutableTable.Builder<NeighbourhoodCode, ThemeCode, Temperature> table = ImmutableTable.builder();
        for (Temperature temperature : temperatures) {
            checkArgument(temperature.asOf().equals(asOf), "%s × %s is of %s, not %s", temperature.buurt(),
                    temperature.theme(), temperature.asOf(), asOf);
            table.put(temperature.buurt(), temperature.theme(), temperature);
        }
        this.cells = table.buildOrThrow();
        this.temperatures = ImmutableList.copyOf(cells.values());
        this.buurten = ImmutableList.copyOf(cells.rowKeySet());
        this.themes = ImmutableList.copyOf(cells.columnKeySet());
    }

    public Instant asOf() {
        return asOf;
    }

    /** Buurt by buurt in the order asked, and within a buurt theme by theme in the order asked. */
    public List<Temperature> temperatures() {
        return temperatures;
    }

    public List<NeighbourhoodCode> buurten() {
        return buurten;
    }

    public List<ThemeCode> themes() {
        return themes;
    }

    public Temperature get(NeighbourhoodCode buurt, ThemeCode theme) {
        Temperature temperature = cells.get(buurt, theme);
        checkArgument(temperature != null, "%s × %s is not on this map", buurt, theme);
        return temperature;
    }

    @Override
    public String toString() {
        return "TemperatureMap[asOf=" + asOf + ", " + cells.size() + " cells]";
    }
}
