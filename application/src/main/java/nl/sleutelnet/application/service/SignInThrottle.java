package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-in attempts of the last window, per username and per client address, in memory. With several
 * instances each counts its own attempts (documented in docs/beveiliging.md). Usernames are counted whether or not
 * such an account exists, so that throttling tells nothing about which accounts there are.
 */
final class SignInThrottle {

    /** More keys than this and the oldest windows are dropped first: a flood of made-up names cannot fill memory. */
    private static final int MAX_KEYS = 20_000;

    private final SignInSettings settings;
    private final Map<String, Deque<Instant>> byUsername = new HashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();

    SignInThrottle(SignInSettings settings) {
        this.settings = checkNotNull(settings, "settings");
    }

    /** When an attempt now would be refused: the moment it will be looked at again. */
    synchronized Optional<Instant> refusedUntil(String username, String address, Instant now) {
        Optional<Instant> user = until(byUsername, key(username), settings.maxFailuresPerUsername(), now);
        Optional<Instant> origin = address == null ? Optional.empty()
                : until(byAddress, address, settings.maxFailuresPerAddress(), now);
        if (user.isPresent() && origin.isPresent()) {
            return Optional.of(user.get().isAfter(origin.get()) ? user.get() : origin.get());
        }
        return user.isPresent() ? user : origin;
    }

    synchronized void failed(String username, String address, Instant now) {
        record(byUsername, key(username), now);
        if (address != null) {
            record(byAddress, address, now);
        }
    }

    /** A successful sign-in forgets the username's failures (not the address's). */
    synchronized void succeeded(String username) {
        byUsername.remove(key(username));
    }

    private Optional<Instant> until(Map<String, Deque<Instant>> failures, String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        prune(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
            return Optional.empty();
        }
        if (times.size() < max) {
            return Optional.empty();
        }
        // the attempt is looked at again when enough failures have left the window to fall below the maximum
        Iterator<Instant> oldestFirst = times.iterator();
        Instant leaving = oldestFirst.next();
        for (int i = 0; i < times.size() - max; i++) {
            leaving = oldestFirst.next();
        }
        return Optional.of(leaving.plus(settings.window()));
    }

    private void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (failures.size() >= MAX_KEYS && !failures.containsKey(key)) {
            failures.values().removeIf(times -> {
                prune(times, now);
                return times.isEmpty();
            });
            if (failures.size() >= MAX_KEYS) {
                failures.remove(failures.keySet().iterator().next());
            }
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, now);
        times.addLast(now);
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant start = now.minus(settings.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
