package nl.sleutelnet.adapters.web.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a signed-in session lasts: {@code idleTimeout} without a request, and {@code absoluteTimeout} after signing
 * in, however active (then the person signs in again). Defaults follow OWASP ASVS level 2: 30 minutes and 12 hours.
 */
public record SessionSettings(Duration idleTimeout, Duration absoluteTimeout) {

    public SessionSettings {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(absoluteTimeout, "absoluteTimeout");
        if (idleTimeout.toSeconds() < 1 || absoluteTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("session timeouts are at least one second");
        }
    }
}
