package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The temperature of a buurt × theme in words, from calm to escalating. The order matters: an alert is raised when a
 * buurt moves to a higher level (see {@link UpwardCrossing}), and a wijk or the city shows its highest level. Where
 * the boundaries lie is a setting ({@link TemperatureSettings}), a choice of the municipality, not a law of nature.
 */
public enum Level {
    CALM, TENSE, HEATED, ESCALATING;

    /** Whether this level is higher than {@code other}: HEATED is above TENSE, TENSE is not above TENSE. */
    public boolean isAbove(Level other) {
        checkNotNull(other, "other");
        return compareTo(other) > 0;
    }
}
