package nl.sleutelnet.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import nl.sleutelnet.domain.temperature.Reliability;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import org.springframework.core.env.PropertyResolver;

/**
 * Reads the temperature model's settings from {@code sleutelnet.temperature.*} (defaults as in
 * {@link TemperatureSettings#defaults()} and {@code docs/temperatuur.md}), and refuses to start with a message that
 * names the setting when a value is not a number or the values do not fit together.
 */
final class TemperatureProperties {

    static final String PREFIX = "sleutelnet.temperature.";

    private TemperatureProperties() {
    }

    static TemperatureSettings read(PropertyResolver properties) {
        TemperatureSettings defaults = TemperatureSettings.defaults();
        long halfLife = days(properties, "half-life-days", defaults.halfLife());
        String window = properties.getProperty(PREFIX + "evidence-window-days", "");
        long evidenceWindow = window.isBlank() ? 6 * halfLife : days(properties, "evidence-window-days", null);
        Map<Reliability, Double> weights = new EnumMap<>(Reliability.class);
        for (Reliability r : Reliability.values()) {
            weights.put(r, number(properties, "reliability-weight." + r.name().toLowerCase(Locale.ROOT),
                    defaults.reliabilityWeight(r)));
        }
        try {
            return new TemperatureSettings(Duration.ofDays(halfLife), Duration.ofDays(evidenceWindow), weights,
                    number(properties, "poll-weight", defaults.pollWeight()),
                    Duration.ofDays(days(properties, "poll-window-days", defaults.pollWindow())),
                    number(properties, "tense-from", defaults.tenseFrom()),
                    number(properties, "heated-from", defaults.heatedFrom()),
                    number(properties, "escalating-from", defaults.escalatingFrom()),
                    Duration.ofDays(days(properties, "trend-look-back-days", defaults.trendLookBack())),
                    number(properties, "trend-tolerance", defaults.trendTolerance()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The settings " + PREFIX + "* do not fit together: " + e.getMessage()
                    + ". See docs/temperatuur.md for what each one means and its default.", e);
        }
    }

    /** Where staff reach Sleutelnet, for links in messages: an absolute http(s) address. */
    static URI publicUrl(PropertyResolver properties) {
        String port = properties.getProperty("server.port", "8080");
        String text = properties.getProperty("sleutelnet.public-url", "").strip();
        if (text.isEmpty()) {
            return URI.create("http://localhost:" + port);
        }
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new URISyntaxException(text, "not an absolute http or https address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("sleutelnet.public-url must be the address where staff open Sleutelnet, "
                    + "such as https://sleutelnet.maastricht.nl; it is '" + text + "'.", e);
        }
    }

    private static long days(PropertyResolver properties, String name, Duration fallback) {
        String text = properties.getProperty(PREFIX + name, fallback == null ? "" : String.valueOf(fallback.toDays()))
                .strip();
        try {
            long days = Long.parseLong(text);
            if (days < 1) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(PREFIX + name + " must be a whole number of days, at least 1; it is '"
                    + text + "'.", e);
        }
    }

    private static double number(PropertyResolver properties, String name, double fallback) {
        String text = properties.getProperty(PREFIX + name, String.valueOf(fallback)).strip();
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(PREFIX + name + " must be a number with a decimal point, such as 2.5; "
                    + "it is '" + text + "'.", e);
        }
    }
}
