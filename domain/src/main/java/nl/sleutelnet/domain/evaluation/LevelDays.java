package nl.sleutelnet.domain.evaluation;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import nl.sleutelnet.domain.temperature.Level;

/** How many days something spent at each temperature level; every level present, in order from CALM. */
public record LevelDays(Map<Level, Integer> days) {

    public LevelDays {
        EnumMap<Level, Integer> all = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            all.put(level, days.getOrDefault(level, 0));
        }
        days = ImmutableMap.copyOf(all);
    }

    public int at(Level level) {
        return days.get(level);
    }

    /** Days at TENSE or higher. */
    public int aboveCalm() {
        return total() - at(Level.CALM);
    }

    public int total() {
        return days.values().stream().mapToInt(Integer::intValue).sum();
    }
}
