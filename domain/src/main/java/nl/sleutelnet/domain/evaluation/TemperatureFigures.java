package nl.sleutelnet.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.intervention.ScopeDay;
import nl.sleutelnet.domain.intervention.ScopeSeries;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.temperature.Trend;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The temperature of an area over the days of a period that have passed, computed day by day by the temperature
 * model (never typed in). A wijk × theme is at the highest level of its buurten that day; a wijk at the highest of its
 * themes; the area at the highest of its wijken: one heated buurt is not made calm by calm neighbours. These are
 * figures about tension in places, not about persons, and are never suppressed.
 *
 * @param firstDay  the first day computed (the period's first day)
 * @param lastDay   the last day computed: the period's last day, or today when the period has not ended
 * @param area      days per level of the whole area
 * @param districts per wijk: days per level over all themes
 * @param cells     per wijk × theme: days per level, the highest level reached and the trend
 * @param months    per calendar month: days per level of the whole area, for the chart
 */
public record TemperatureFigures(LocalDate firstDay, LocalDate lastDay, LevelDays area, List<DistrictLine> districts,
        List<Cell> cells, List<MonthLine> months) {

    public TemperatureFigures {
        districts = ImmutableList.copyOf(districts);
        cells = ImmutableList.copyOf(cells);
        months = ImmutableList.copyOf(months);
    }

    public record DistrictLine(DistrictCode district, LevelDays days) {
    }

    /**
     * @param trend RISING when the mean daily score of the second half of the period lies more than the tolerance above
     *              that of the first half, FALLING when below, otherwise STABLE
     */
    public record Cell(DistrictCode district, ThemeCode theme, LevelDays days, Level highest, Trend trend) {
    }

    public record MonthLine(YearMonth month, LevelDays days) {
    }

    /**
     * @param series    per wijk, per theme: the daily series of that wijk's buurten × that theme over the same days
     * @param tolerance the score difference within which a trend is STABLE
     */
    static TemperatureFigures of(Map<DistrictCode, Map<ThemeCode, ScopeSeries>> series, LocalDate firstDay,
            LocalDate lastDay, double tolerance) {
        Map<LocalDate, Level> areaDays = new TreeMap<>();
        List<DistrictLine> districts = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<DistrictCode, Map<ThemeCode, ScopeSeries>> wijk : series.entrySet()) {
            Map<LocalDate, Level> wijkDays = new TreeMap<>();
            for (Map.Entry<ThemeCode, ScopeSeries> theme : wijk.getValue().entrySet()) {
                List<ScopeDay> days = theme.getValue().days();
                Map<Level, Integer> count = new EnumMap<>(Level.class);
                Level highest = Level.CALM;
                for (ScopeDay day : days) {
                    count.merge(day.highestLevel(), 1, Integer::sum);
                    highest = day.highestLevel().isAbove(highest) ? day.highestLevel() : highest;
                    wijkDays.merge(day.day(), day.highestLevel(), TemperatureFigures::higher);
                }
                cells.add(new Cell(wijk.getKey(), theme.getKey(), new LevelDays(count), highest,
                        trend(days, tolerance)));
            }
            districts.add(new DistrictLine(wijk.getKey(), tally(wijkDays.values())));
            wijkDays.forEach((day, level) -> areaDays.merge(day, level, TemperatureFigures::higher));
        }
        Map<YearMonth, List<Level>> byMonth = new TreeMap<>();
        areaDays.forEach((day, level) -> byMonth.computeIfAbsent(YearMonth.from(day), m -> new ArrayList<>())
                .add(level));
        List<MonthLine> months = byMonth.entrySet().stream()
                .map(e -> new MonthLine(e.getKey(), tally(e.getValue()))).toList();
        return new TemperatureFigures(firstDay, lastDay, tally(areaDays.values()), districts, cells, months);
    }

    private static Level higher(Level a, Level b) {
        return a.isAbove(b) ? a : b;
    }

    private static LevelDays tally(Iterable<Level> levels) {
        Map<Level, Integer> count = new EnumMap<>(Level.class);
        levels.forEach(l -> count.merge(l, 1, Integer::sum));
        return new LevelDays(count);
    }

    private static Trend trend(List<ScopeDay> days, double tolerance) {
        if (days.size() < 2) {
            return Trend.STABLE;
        }
        int half = days.size() / 2;
        double first = days.subList(0, half).stream().mapToDouble(ScopeDay::highestScore).average().orElse(0);
        double second = days.subList(days.size() - half, days.size()).stream().mapToDouble(ScopeDay::highestScore)
                .average().orElse(0);
        if (second - first > tolerance) {
            return Trend.RISING;
        }
        return first - second > tolerance ? Trend.FALLING : Trend.STABLE;
    }

    /** The cell of a wijk × theme, if computed. */
    java.util.Optional<Cell> cell(DistrictCode district, ThemeCode theme) {
        return cells.stream().filter(c -> c.district().equals(district) && c.theme().equals(theme)).findFirst();
    }
}
