package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The temperature of every buurt × theme asked, at one moment: the map the coordinator opens. A buurt without evidence
 * is in it too, CALM with LOW confidence: "nothing heard" is shown, not hidden, and a roll-up counts it.
 */
public final class TemperatureMap {

    private final Instant asOf;
    /** The lists below, built once: a map is read whole, often more than once (the roll-up, the figures). */
    private final ImmutableList<Temperature> temperatures;
    private final ImmutableList<NeighbourhoodCode> buurten;
    private final ImmutableList<ThemeCode> themes;
    /** Made by the constructor: any order, any cells. */
    private final ImmutableTable<NeighbourhoodCode, ThemeCode, Temperature> cells;
    /**
     * Made by {@link #grid}: where a buurt's row and a theme's column are in {@link #temperatures}, which is then buurt
     * by buurt, theme by theme, every cell present.
     */
    private final Map<NeighbourhoodCode, Integer> row;
    private final Map<ThemeCode, Integer> column;

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
        this.row = null;
        this.column = null;
    }

    private TemperatureMap(Instant asOf, ImmutableList<NeighbourhoodCode> buurten, ImmutableList<ThemeCode> themes,
            ImmutableList<Temperature> temperatures) {
        this.asOf = asOf;
        this.buurten = buurten;
        this.themes = themes;
        this.temperatures = temperatures;
        this.cells = null;
        this.row = positions(buurten);
        this.column = positions(themes);
    }

    /**
     * The map of {@code buurten} × {@code themes} from their temperatures buurt by buurt, and within a buurt theme by
     * theme, in the order of the two lists: what {@link TemperatureModel#map} makes. The same map as the constructor
     * makes from that list, without building a table first.
     */
    public static TemperatureMap grid(Instant asOf, List<NeighbourhoodCode> buurten, List<ThemeCode> themes,
            List<Temperature> temperatures) {
        checkNotNull(asOf, "asOf");
        // as from the constructor: a map without cells has neither buurten nor themes
        boolean empty = buurten.isEmpty() || themes.isEmpty();
        ImmutableList<NeighbourhoodCode> rows = empty ? ImmutableList.of() : ImmutableList.copyOf(buurten);
        ImmutableList<ThemeCode> columns = empty ? ImmutableList.of() : ImmutableList.copyOf(themes);
        ImmutableList<Temperature> cells = ImmutableList.copyOf(temperatures);
        checkArgument(cells.size() == rows.size() * columns.size(), "%s temperatures for %s buurten × %s themes",
                cells.size(), rows.size(), columns.size());
        int i = 0;
        for (NeighbourhoodCode buurt : rows) {
            for (ThemeCode theme : columns) {
                Temperature temperature = cells.get(i++);
                checkArgument(temperature.buurt().equals(buurt) && temperature.theme().equals(theme),
                        "%s × %s where %s × %s belongs", temperature.buurt(), temperature.theme(), buurt, theme);
                checkArgument(temperature.asOf().equals(asOf), "%s × %s is of %s, not %s", temperature.buurt(),
                        temperature.theme(), temperature.asOf(), asOf);
            }
        }
        TemperatureMap map = new TemperatureMap(asOf, rows, columns, cells);
        checkArgument(map.row.size() == rows.size(), "each buurt once: %s", rows);
        checkArgument(map.column.size() == columns.size(), "each theme once: %s", columns);
        return map;
    }

    private static <K> Map<K, Integer> positions(List<K> keys) {
        Map<K, Integer> positions = new HashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            positions.putIfAbsent(keys.get(i), i);
        }
        return positions;
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
        if (cells != null) {
            Temperature temperature = cells.get(buurt, theme);
            checkArgument(temperature != null, "%s × %s is not on this map", buurt, theme);
            return temperature;
        }
        Integer r = row.get(buurt);
        Integer c = column.get(theme);
        checkArgument(r != null && c != null, "%s × %s is not on this map", buurt, theme);
        return temperatures.get(r * themes.size() + c);
    }

    @Override
    public String toString() {
        return "TemperatureMap[asOf=" + asOf + ", " + temperatures.size() + " cells]";
    }
}
