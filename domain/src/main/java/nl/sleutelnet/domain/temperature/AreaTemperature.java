package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * One theme in a wijk or in the whole city, summed up from its buurten: the highest level and score among them, how
 * many buurten are at each level, and which buurt is the hottest.
 *
 * <p>Why the highest and not an average, weighted by inhabitants or not: tension is local. A wijk of six calm buurten
 * and one heated buurt is not "a bit tense"; it has a heated buurt, and that is where the coordinator must look. An
 * average would let a rise in one buurt disappear in the calm of its neighbours, and weighting by inhabitants would
 * make small buurten, where one incident is felt by everyone, count least. The counts per level show how widespread
 * it is.
 *
 * @param highestLevel    the highest level of any of its buurten
 * @param highestScore    the highest score of any of its buurten
 * @param buurtenPerLevel for every level, CALM first, the number of buurten at it (0 included)
 * @param hottestBuurten  the buurten with the highest score, sorted; more than one when they are equal, and none when
 *                        that score is 0: when nothing is heard anywhere, no buurt stands out
 */
public record AreaTemperature(ThemeCode theme, Level highestLevel, double highestScore,
        Map<Level, Integer> buurtenPerLevel, List<NeighbourhoodCode> hottestBuurten) {

    private static final Level[] LEVELS = Level.values();

    public AreaTemperature {
        checkNotNull(theme, "theme");
        checkNotNull(highestLevel, "highestLevel");
        checkArgument(highestScore >= 0, "a score is not negative: %s", highestScore);
        checkArgument(hasEveryLevel(buurtenPerLevel), "a count for every level: %s", buurtenPerLevel);
        buurtenPerLevel.values().forEach(n -> checkArgument(n >= 0, "a count is not negative: %s", n));
        buurtenPerLevel = Maps.immutableEnumMap(buurtenPerLevel);
        checkArgument(buurtenPerLevel.get(highestLevel) > 0, "a buurt at the highest level %s", highestLevel);
        hottestBuurten = ImmutableList.sortedCopyOf(hottestBuurten);
        checkArgument(hottestBuurten.isEmpty() == (highestScore == 0),
                "hottest buurten exactly when the highest score is above 0");
    }

    /** Exactly the levels as keys: as many keys as levels, and every level among them. */
    private static boolean hasEveryLevel(Map<Level, Integer> perLevel) {
        if (perLevel.size() != LEVELS.length) {
            return false;
        }
        for (Level level : LEVELS) {
            if (!perLevel.containsKey(level)) {
                return false;
            }
        }
        return true;
    }

    /** Sums up the temperatures of one theme in the buurten of an area. */
    static AreaTemperature of(ThemeCode theme, List<TemperatureReading> buurten) {
        checkArgument(!buurten.isEmpty(), "an area has at least one buurt");
        int[] counts = new int[LEVELS.length];
        Level highestLevel = Level.CALM;
        double highestScore = 0;
        for (TemperatureReading temperature : buurten) {
            checkArgument(temperature.theme().equals(theme), "%s is not about %s", temperature, theme);
            counts[temperature.level().ordinal()]++;
            highestLevel = temperature.level().isAbove(highestLevel) ? temperature.level() : highestLevel;
            highestScore = Math.max(highestScore, temperature.score());
        }
        Map<Level, Integer> perLevel = new EnumMap<>(Level.class);
        for (Level level : LEVELS) {
            perLevel.put(level, counts[level.ordinal()]);
        }
        List<NeighbourhoodCode> hottest = new ArrayList<>(1);
        if (highestScore != 0) {
            for (TemperatureReading temperature : buurten) {
                if (temperature.score() == highestScore) {
                    hottest.add(temperature.buurt());
                }
            }
        }
        return new AreaTemperature(theme, highestLevel, highestScore, perLevel, hottest);
    }

    /** The number of buurten in the area. */
    public int buurten() {
        return buurtenPerLevel.values().stream().mapToInt(Integer::intValue).sum();
    }
}
