package nl.sleutelnet.domain.temperature;

/**
 * Which way the temperature is going: the score now against the score a look-back period ago
 * ({@link TemperatureSettings#trendLookBack()}). A difference within the tolerance is STABLE, so that a little noise
 * does not read as a movement.
 */
public enum Trend {
    RISING, STABLE, FALLING
}
