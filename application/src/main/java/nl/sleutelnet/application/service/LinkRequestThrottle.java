package nl.sleutelnet.application.service;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests for a personal link of the last window, per e-mail address (kept as a hash, not the address) and per
 * client address, in memory. Counted whether or not the address belongs to a key person, so that throttling tells
 * nothing about who is registered.
 */
final class LinkRequestThrottle {

    private static final int MAX_KEYS = 20_000;

    private final Map<String, Deque<Instant>> requests = new LinkedHashMap<>();

    /** Records the request and says whether it stays within both limits. */
    synchronized boolean allow(String email, String client, SelfServiceSettings settings, Instant now) {
        String mailKey = "m:" + Hashing.sha256().hashString(email.strip().toLowerCase(Locale.ROOT),
                StandardCharsets.UTF_8);
        boolean mailOk = count(mailKey, settings.requestWindow(), now) < settings.maxLinksPerAddress();
        boolean clientOk = client == null
                || count("c:" + client, settings.requestWindow(), now) < settings.maxRequestsPerClient();
        record(mailKey, now);
        if (client != null) {
            record("c:" + client, now);
        }
        return mailOk && clientOk;
    }

    private int count(String key, Duration window, Instant now) {
        Deque<Instant> times = requests.get(key);
        if (times == null) {
            return 0;
        }
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.pollFirst();
        }
        return times.size();
    }

    private void record(String key, Instant now) {
        if (!requests.containsKey(key) && requests.size() >= MAX_KEYS) {
            requests.remove(requests.keySet().iterator().next());
        }
        requests.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    }
}
