package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The temperature map summed up per wijk and for the whole city, theme by theme: the wijk of a buurt follows from its
 * code ({@link nl.sleutelnet.domain.geography.NeighbourhoodCode#district()}). Each area shows its hottest buurt, not an
 * average; {@link AreaTemperature} says why.
 *
 * @param districts per wijk, in order of wijk code, per theme in the map's order
 * @param city      per theme in the map's order, over every buurt on the map
 */
public record TemperatureRollUp(Instant asOf, Map<DistrictCode, Map<ThemeCode, AreaTemperature>> districts,
        Map<ThemeCode, AreaTemperature> city) {

    private static final Comparator<DistrictCode> BY_CODE = Comparator.comparing(DistrictCode::value);

    public TemperatureRollUp {
        checkNotNull(asOf, "asOf");
        ImmutableSortedMap.Builder<DistrictCode, Map<ThemeCode, AreaTemperature>> sorted =
                ImmutableSortedMap.orderedBy(BY_CODE);
        districts.forEach((district, themes) -> sorted.put(district, ImmutableMap.copyOf(themes)));
        districts = sorted.buildOrThrow();
        city = ImmutableMap.copyOf(city);
    }

    /** Sums up every theme of {@code map} per wijk and for the whole map. */
    public static TemperatureRollUp of(TemperatureMap map) {
        checkNotNull(map, "map");
        List<Temperature> temperatures = map.temperatures();
        List<TemperatureReading> readings = new ArrayList<>(temperatures.size());
        for (Temperature temperature : temperatures) {
            readings.add(TemperatureReading.of(temperature));
        }
        return of(map.asOf(), map.themes(), readings);
    }

    /**
     * Sums up the figures of a map per wijk and for the whole map: the same roll-up as {@link #of(TemperatureMap)}
     * of the map these readings are the figures of ({@link TemperatureModel#readings}).
     *
     * @param themes   the map's themes, in its order; every reading is about one of them
     * @param readings buurt by buurt, as the map has them; none: the roll-up of an empty map, without themes
     */
    public static TemperatureRollUp of(Instant asOf, List<ThemeCode> themes, List<TemperatureReading> readings) {
        checkNotNull(asOf, "asOf");
        List<ThemeCode> columns = readings.isEmpty() ? List.of() : themes;
        Map<ThemeCode, Integer> column = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            column.put(columns.get(i), i);
        }
        // per wijk and for the city, per theme the sum so far, in the map's order; a buurt's wijk looked up once
        Map<DistrictCode, AreaTemperature.Sum[]> byDistrict = new HashMap<>();
        AreaTemperature.Sum[] city = sums(columns);
        NeighbourhoodCode lastBuurt = null;
        AreaTemperature.Sum[] lastDistrict = null;
        for (TemperatureReading reading : readings) {
            checkArgument(reading.asOf().equals(asOf), "%s × %s is of %s, not %s", reading.buurt(), reading.theme(),
                    reading.asOf(), asOf);
            if (!reading.buurt().equals(lastBuurt)) {
                // the buurten of a wijk mostly come one after another: BU0935WWbb lies in WK0935WW
                boolean sameWijk = lastBuurt != null
                        && reading.buurt().value().regionMatches(2, lastBuurt.value(), 2, 6);
                lastBuurt = reading.buurt();
                if (!sameWijk) {
                    lastDistrict = byDistrict.computeIfAbsent(lastBuurt.district(), d -> sums(columns));
                }
            }
            Integer theme = column.get(reading.theme());
            checkArgument(theme != null, "%s is not among the themes %s", reading.theme(), columns);
            lastDistrict[theme].add(reading);
            city[theme].add(reading);
        }
        ImmutableSortedMap.Builder<DistrictCode, Map<ThemeCode, AreaTemperature>> districts =
                ImmutableSortedMap.orderedBy(BY_CODE);
        byDistrict.forEach((district, perTheme) -> districts.put(district, perTheme(columns, perTheme)));
        return new TemperatureRollUp(asOf, districts.buildOrThrow(), perTheme(columns, city));
    }

    private static AreaTemperature.Sum[] sums(List<ThemeCode> themes) {
        AreaTemperature.Sum[] sums = new AreaTemperature.Sum[themes.size()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = new AreaTemperature.Sum(themes.get(i));
        }
        return sums;
    }

    public AreaTemperature district(DistrictCode district, ThemeCode theme) {
        Map<ThemeCode, AreaTemperature> themes = districts.get(district);
        checkArgument(themes != null && themes.containsKey(theme), "%s × %s is not in this roll-up", district, theme);
        return themes.get(theme);
    }

    public AreaTemperature city(ThemeCode theme) {
        checkArgument(city.containsKey(theme), "%s is not in this roll-up", theme);
        return city.get(theme);
    }

    private static Map<ThemeCode, AreaTemperature> perTheme(List<ThemeCode> themes, AreaTemperature.Sum[] byTheme) {
        ImmutableMap.Builder<ThemeCode, AreaTemperature> areas = ImmutableMap.builderWithExpectedSize(themes.size());
        for (int i = 0; i < themes.size(); i++) {
            areas.put(themes.get(i), byTheme[i].area());
        }
        return areas.buildOrThrow();
    }
}
