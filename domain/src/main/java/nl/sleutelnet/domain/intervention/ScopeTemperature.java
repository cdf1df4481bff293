package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import nl.sleutelnet.domain.shared.Timestamps;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.temperature.Temperature;
import nl.sleutelnet.domain.temperature.TemperatureMap;

/**
 * The scope's temperature at one moment, <em>computed</em> by the temperature model and never typed by a user: the
 * highest level and the highest score of any buurt × theme in the scope. The evaluation keeps it for the moment the
 * intervention started and the moment it closed. Make it with {@link #computedFrom}; the constructor is for storage.
 */
public record ScopeTemperature(Instant asOf, Level highestLevel, double highestScore) {

    public ScopeTemperature {
        asOf = Timestamps.stored(checkNotNull(asOf, "asOf"));
        checkNotNull(highestLevel, "highestLevel");
        checkArgument(Double.isFinite(highestScore) && highestScore >= 0, "a score is not negative: %s",
                highestScore);
    }

    /** Sums up the scope's cells of a temperature map (which may cover more buurten and themes than the scope). */
    public static ScopeTemperature computedFrom(Scope scope, TemperatureMap map) {
        checkNotNull(scope, "scope");
        checkNotNull(map, "map");
        return computedFrom(scope, map.temperatures().stream().filter(t -> scope.contains(t.buurt(), t.theme()))
                .toList());
    }

    /** Sums up the temperatures of every buurt × theme of the scope, all at the same moment. */
    public static ScopeTemperature computedFrom(Scope scope, Collection<Temperature> temperatures) {
        checkNotNull(scope, "scope");
        checkArgument(!temperatures.isEmpty(), "the temperatures of the scope %s", scope);
        Instant asOf = temperatures.iterator().next().asOf();
        Set<String> cells = new HashSet<>();
        Level level = Level.CALM;
        double score = 0;
        for (Temperature t : temperatures) {
            checkArgument(t.asOf().equals(asOf), "all temperatures at one moment: %s and %s", asOf, t.asOf());
            checkArgument(scope.contains(t.buurt(), t.theme()), "%s × %s is outside the scope %s", t.buurt(),
                    t.theme(), scope);
            checkArgument(cells.add(t.buurt() + "×" + t.theme()), "%s × %s appears twice", t.buurt(), t.theme());
            level = t.level().isAbove(level) ? t.level() : level;
            score = Math.max(score, t.score());
        }
        checkArgument(cells.size() == scope.cells(), "only %s of the %s buurt × theme cells of %s are there",
                cells.size(), scope.cells(), scope);
        return new ScopeTemperature(asOf, level, score);
    }
}
