package nl.sleutelnet.adapters.persistence.memory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.application.port.out.AttemptLog;

/**
 * Attempts in memory, for one instance. At most {@value #MAX_KEYS} keys: a flood of made-up names cannot fill the
 * memory; past that, the key seen longest ago is dropped first.
 */
final class MemoryAttemptLog implements AttemptLog {

    static final int MAX_KEYS = 20_000;

    private final Map<String, Deque<Instant>> attempts = new LinkedHashMap<>(16, 0.75f, true);

    @Override
    public synchronized void record(String kind, String key, Instant at) {
        String id = kind + ':' + key;
        if (!attempts.containsKey(id) && attempts.size() >= MAX_KEYS) {
            attempts.remove(attempts.keySet().iterator().next());
        }
        attempts.computeIfAbsent(id, k -> new ArrayDeque<>()).addLast(at);
    }

    @Override
    public synchronized List<Instant> since(String kind, String key, Instant after) {
        Deque<Instant> times = attempts.get(kind + ':' + key);
        return times == null ? List.of() : times.stream().filter(t -> t.isAfter(after)).sorted().toList();
    }

    @Override
    public synchronized void forget(String kind, String key) {
        attempts.remove(kind + ':' + key);
    }

    @Override
    public synchronized void forgetUntil(String kind, Instant until) {
        String prefix = kind + ':';
        attempts.entrySet().removeIf(e -> {
            if (!e.getKey().startsWith(prefix)) {
                return false;
            }
            e.getValue().removeIf(t -> !t.isAfter(until));
            return e.getValue().isEmpty();
        });
    }
}
