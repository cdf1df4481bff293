package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sleutelnet.application.port.out.AttemptLog;

/**
 * Failed sign-in attempts of the last window, per username and per client address, in the {@link AttemptLog}: shared
 * by every instance on one database. Usernames are counted whether or not such an account exists, so that throttling
 * tells nothing about which accounts there are; names and addresses are kept as hashes.
 */
final class SignInThrottle {

    static final String BY_USERNAME = "sign-in-username";
    static final String BY_ADDRESS = "sign-in-address";

    private final SignInSettings settings;
    private final AttemptLog attempts;

    SignInThrottle(SignInSettings settings, AttemptLog attempts) {
        this.settings = checkNotNull(settings, "settings");
        this.attempts = checkNotNull(attempts, "attempts");
    }

    /** When an attempt now would be refused: the moment it will be looked at again. */
    Optional<Instant> refusedUntil(String username, String address, Instant now) {
        Optional<Instant> user = until(BY_USERNAME, usernameKey(username), settings.maxFailuresPerUsername(), now);
        Optional<Instant> origin = address == null ? Optional.empty()
                : until(BY_ADDRESS, hash(address), settings.maxFailuresPerAddress(), now);
        if (user.isPresent() && origin.isPresent()) {
            return Optional.of(user.get().isAfter(origin.get()) ? user.get() : origin.get());
        }
        return user.isPresent() ? user : origin;
    }

    void failed(String username, String address, Instant now) {
        Instant windowStart = now.minus(settings.window());
        attempts.forgetUntil(BY_USERNAME, windowStart);
        attempts.forgetUntil(BY_ADDRESS, windowStart);
        attempts.record(BY_USERNAME, usernameKey(username), now);
        if (address != null) {
            attempts.record(BY_ADDRESS, hash(address), now);
        }
    }

    /** A successful sign-in forgets the username's failures (not the address's). */
    void succeeded(String username) {
        attempts.forget(BY_USERNAME, usernameKey(username));
    }

    private Optional<Instant> until(String kind, String key, int max, Instant now) {
        List<Instant> times = attempts.since(kind, key, now.minus(settings.window()));
        if (times.size() < max) {
            return Optional.empty();
        }
        // the attempt is looked at again when enough failures have left the window to fall below the maximum
        return Optional.of(times.get(times.size() - max).plus(settings.window()));
    }

    private static String usernameKey(String username) {
        return hash(username.strip().toLowerCase(Locale.ROOT));
    }

    static String hash(String value) {
        return Hashing.sha256().hashString(value, StandardCharsets.UTF_8).toString();
    }
}
