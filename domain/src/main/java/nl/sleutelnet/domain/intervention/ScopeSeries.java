package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.temperature.DailyTemperature;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.temperature.Temperature;
import nl.sleutelnet.domain.temperature.TemperatureReading;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The scope's temperature day by day, computed, never typed: what {@link WithdrawalRule} decides on and what the
 * temperature chart of an intervention draws. Made from the daily series of every buurt × theme of the scope
 * ({@link nl.sleutelnet.domain.temperature.TemperatureModel#dailySeries}) by {@link #of}.
 *
 * @param days consecutive days, oldest first; the last is the day the series is "as of"
 */
public record ScopeSeries(Scope scope, List<ScopeDay> days) {

    public ScopeSeries {
        checkNotNull(scope, "scope");
        days = ImmutableList.copyOf(days);
        checkArgument(!days.isEmpty(), "a series has at least one day");
        for (int i = 1; i < days.size(); i++) {
            checkArgument(days.get(i).day().equals(days.get(i - 1).day().plusDays(1)),
                    "the days of a series follow each other: %s after %s", days.get(i).day(),
                    days.get(i - 1).day());
        }
    }

    /**
     * Sums up the daily temperatures of the scope: for every day, the highest level and score of its buurt × theme
     * cells. Every cell of the scope must be there for every day, and nothing outside it: a missing cell could hide a
     * heated buurt.
     */
    public static ScopeSeries of(Scope scope, Collection<DailyTemperature> temperatures) {
        checkNotNull(scope, "scope");
        checkNotNull(temperatures, "temperatures");
        Map<LocalDate, Set<Cell>> cells = new TreeMap<>();
        Map<LocalDate, ScopeDay> highest = new HashMap<>();
        for (DailyTemperature daily : temperatures) {
            Temperature t = daily.temperature();
            checkArgument(scope.contains(t.buurt(), t.theme()), "%s × %s is outside the scope %s", t.buurt(),
                    t.theme(), scope);
            checkArgument(cells.computeIfAbsent(daily.day(), d -> new HashSet<>()).add(new Cell(t.buurt(), t.theme())),
                    "%s × %s appears twice on %s", t.buurt(), t.theme(), daily.day());
            ScopeDay before = highest.get(daily.day());
            highest.put(daily.day(), before == null ? new ScopeDay(daily.day(), t.level(), t.score())
                    : new ScopeDay(daily.day(), t.level().isAbove(before.highestLevel()) ? t.level()
                            : before.highestLevel(), Math.max(t.score(), before.highestScore())));
        }
        ImmutableList.Builder<ScopeDay> days = ImmutableList.builder();
        cells.forEach((day, present) -> {
            checkArgument(present.size() == scope.cells(), "on %s only %s of the %s buurt × theme cells of %s are "
                    + "there", day, present.size(), scope.cells(), scope);
            days.add(highest.get(day));
        });
        return new ScopeSeries(scope, days.build());
    }

    /**
     * The same as {@link #of} of the daily temperatures these readings are the figures of: for every day, the highest
     * level and score of the scope's buurt × theme cells. Every cell of the scope must be there, once, with a reading
     * for every day, and nothing outside it.
     *
     * @param from    the first day
     * @param perCell for each cell of the scope, its readings day by day from {@code from}
     *                ({@link nl.sleutelnet.domain.temperature.TemperatureModel#dailyReadings})
     */
    public static ScopeSeries ofReadings(Scope scope, LocalDate from, List<List<TemperatureReading>> perCell) {
        checkNotNull(scope, "scope");
        checkNotNull(from, "from");
        checkArgument(perCell.size() == scope.cells(), "%s series for the %s buurt × theme cells of %s",
                perCell.size(), scope.cells(), scope);
        int length = perCell.isEmpty() ? 0 : perCell.get(0).size();
        Set<Cell> cells = new HashSet<>();
        for (List<TemperatureReading> series : perCell) {
            checkArgument(series.size() == length && length > 0, "every cell of %s has a reading for every day",
                    scope);
            TemperatureReading first = series.get(0);
            checkArgument(cells.add(new Cell(first.buurt(), first.theme())), "%s × %s appears twice", first.buurt(),
                    first.theme());
            for (TemperatureReading t : series) {
                checkArgument(t.buurt().equals(first.buurt()) && t.theme().equals(first.theme())
                        && scope.contains(t.buurt(), t.theme()), "%s × %s is outside the scope %s", t.buurt(),
                        t.theme(), scope);
            }
        }
        ImmutableList.Builder<ScopeDay> days = ImmutableList.builderWithExpectedSize(length);
        LocalDate day = from;
        for (int i = 0; i < length; i++, day = day.plusDays(1)) {
            ScopeDay highest = null;
            for (List<TemperatureReading> series : perCell) {
                TemperatureReading t = series.get(i);
                highest = highest == null ? new ScopeDay(day, t.level(), t.score())
                        : new ScopeDay(day, t.level().isAbove(highest.highestLevel()) ? t.level()
                                : highest.highestLevel(), Math.max(t.score(), highest.highestScore()));
            }
            days.add(highest);
        }
        return new ScopeSeries(scope, days.build());
    }

    /** The last day: the day the series is "as of". */
    public LocalDate lastDay() {
        return current().day();
    }

    public LocalDate firstDay() {
        return days.get(0).day();
    }

    /** The temperature of the last day. */
    public ScopeDay current() {
        return Iterables.getLast(days);
    }

    /** The highest level on the last day. */
    public Level currentLevel() {
        return current().highestLevel();
    }

    private record Cell(NeighbourhoodCode buurt, ThemeCode theme) {
    }
}
