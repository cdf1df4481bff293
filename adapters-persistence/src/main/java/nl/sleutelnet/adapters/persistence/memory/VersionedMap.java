package nl.sleutelnet.adapters.persistence.memory;

import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import nl.sleutelnet.domain.shared.StaleVersionException;

/**
 * A thread-safe map of aggregates with optimistic locking, as the JDBC adapter does it with a version column:
 * a save must carry the version that is stored (0 for a new one) and stores the next.
 */
final class VersionedMap<K, A> {

    private final String what;
    private final Function<A, K> key;
    private final ToLongFunction<A> version;
    private final BiFunction<A, Long, A> withVersion;
    private final Map<K, A> entries = new LinkedHashMap<>();

    VersionedMap(String what, Function<A, K> key, ToLongFunction<A> version, BiFunction<A, Long, A> withVersion) {
        this.what = what;
        this.key = key;
        this.version = version;
        this.withVersion = withVersion;
    }

    synchronized Optional<A> get(K id) {
        return Optional.ofNullable(entries.get(id));
    }

    synchronized List<A> values() {
        return new ArrayList<>(entries.values());
    }

    synchronized Optional<A> find(Predicate<A> condition) {
        return entries.values().stream().filter(condition).findFirst();
    }

    synchronized int size() {
        return entries.size();
    }

    /** Removes the aggregate if it still has the expected version. */
    synchronized void remove(K id, long expectedVersion) {
        A stored = entries.get(id);
        long storedVersion = stored == null ? 0 : version.applyAsLong(stored);
        if (stored == null || storedVersion != expectedVersion) {
            throw new StaleVersionException(what, id, expectedVersion, storedVersion);
        }
        entries.remove(id);
    }

    /**
     * Stores the aggregate with the next version, after {@code check} (which sees every other stored aggregate)
     * had its say, e.g. about a unique name.
     */
    synchronized A save(A aggregate, java.util.function.Consumer<Collection<A>> check) {
        K id = key.apply(aggregate);
        A stored = entries.get(id);
        long storedVersion = stored == null ? 0 : version.applyAsLong(stored);
        if (storedVersion != version.applyAsLong(aggregate)) {
            throw new StaleVersionException(what, id, version.applyAsLong(aggregate), storedVersion);
        }
        // a view, not a copy: a save costs what its check reads, not a copy of everything stored
        check.accept(Collections.unmodifiableCollection(Maps.filterKeys(entries, k -> !k.equals(id)).values()));
        A saved = withVersion.apply(aggregate, storedVersion + 1);
        entries.put(id, saved);
        return saved;
    }
}
