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

    /**
     * Sums up the readings of one theme in the buurten of an area, one buurt at a time: the counts per level, the
     * highest level and score (the largest of 0 and the scores) and the buurten with that score when it is above 0.
     */
    static final class Sum {
        private final ThemeCode theme;
        private final int[] counts = new int[LEVELS.length];
        private Level highestLevel = Level.CALM;
        private double highestScore;
        private final List<NeighbourhoodCode> hottest = new ArrayList<>(1);
        private int buurten;

        Sum(ThemeCode theme) {
            this.theme = checkNotNull(theme, "theme");
        }

        void add(TemperatureReading reading) {
            checkArgument(reading.theme().equals(theme), "%s is not about %s", reading, theme);
            buurten++;
            counts[reading.level().ordinal()]++;
            highestLevel = reading.level().isAbove(highestLevel) ? reading.level() : highestLevel;
            if (reading.score() > highestScore) {
                highestScore = reading.score();
                hottest.clear();
                hottest.add(reading.buurt());
            } else if (reading.score() == highestScore && highestScore != 0) {
                hottest.add(reading.buurt());
            }
        }

        AreaTemperature area() {
            checkArgument(buurten > 0, "an area has at least one buurt");
            Map<Level, Integer> perLevel = new EnumMap<>(Level.class);
            for (Level level : LEVELS) {
                perLevel.put(level, counts[level.ordinal()]);
            }
            return new AreaTemperature(theme, highestLevel, highestScore, Maps.immutableEnumMap(perLevel), hottest);
        }
    }

    /** The number of buurten in the area. */
    public int buurten() {
        return buurtenPerLevel.values().stream().mapToInt(Integer::intValue).sum();
    }
}
