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
        List<ThemeCode> themes = map.themes();
        Map<ThemeCode, Integer> column = new HashMap<>();
        for (int i = 0; i < themes.size(); i++) {
            column.put(themes.get(i), i);
        }
        // per wijk and for the city, per theme the temperatures in the map's order; a buurt's wijk looked up once
        Map<DistrictCode, List<List<Temperature>>> byDistrict = new HashMap<>();
        List<List<Temperature>> city = lists(themes.size());
        NeighbourhoodCode lastBuurt = null;
        List<List<Temperature>> lastDistrict = null;
        for (Temperature temperature : temperatures) {
            if (!temperature.buurt().equals(lastBuurt)) {
                lastBuurt = temperature.buurt();
                lastDistrict = byDistrict.computeIfAbsent(lastBuurt.district(), d -> lists(themes.size()));
            }
            int theme = column.get(temperature.theme());
            lastDistrict.get(theme).add(temperature);
            city.get(theme).add(temperature);
        }
        ImmutableSortedMap.Builder<DistrictCode, Map<ThemeCode, AreaTemperature>> districts =
                ImmutableSortedMap.orderedBy(BY_CODE);
        byDistrict.forEach((district, perTheme) -> districts.put(district, perTheme(themes, perTheme)));
        return new TemperatureRollUp(map.asOf(), districts.buildOrThrow(), perTheme(themes, city));
    }

    private static List<List<Temperature>> lists(int n) {
        List<List<Temperature>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
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

    private static Map<ThemeCode, AreaTemperature> perTheme(List<ThemeCode> themes,
            List<List<Temperature>> byTheme) {
        ImmutableMap.Builder<ThemeCode, AreaTemperature> areas = ImmutableMap.builderWithExpectedSize(themes.size());
        for (int i = 0; i < themes.size(); i++) {
            areas.put(themes.get(i), AreaTemperature.of(themes.get(i), byTheme.get(i)));
        }
        return areas.buildOrThrow();
    }
}
