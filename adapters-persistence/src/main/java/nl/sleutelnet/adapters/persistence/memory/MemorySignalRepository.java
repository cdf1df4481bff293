package nl.sleutelnet.adapters.persistence.memory;

import java.util.UUID;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.sleutelnet.adapters.persistence.shared.NetworkConflicts;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.signal.TrackingCode;
import nl.sleutelnet.domain.temperature.SignalEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Signals in memory, indexed as the JDBC adapter's table is: by tracking code (unique) and by the moment last
 * observed, so that the temperature's window does not scan every signal ever received. The indexes change with every
 * save, under the repository's lock.
 */
public final class MemorySignalRepository implements SignalRepository {

    /** Newest received first, then id: the order of every list of signals, in both adapters. */
    static final Comparator<Signal> NEWEST_FIRST = (a, b) -> {
        // received latest first, then by id: written out, as it is sorted with on every read of the window
        int received = b.receivedAt().compareTo(a.receivedAt());
        return received != 0 ? received : a.id().value().compareTo(b.id().value());
    };

    private final VersionedMap<SignalId, Signal> signals = new VersionedMap<>("Signal", Signal::id, Signal::version,
            Signal::withVersion);

    private final Map<Map.Entry<AccountId, String>, KeyedSignal> requestKeys = new HashMap<>();
    private final Map<TrackingCode, SignalId> byTrackingCode = new HashMap<>();
    private final NavigableMap<Instant, Map<SignalId, Signal>> byLastObserved = new TreeMap<>();
    /** The same per buurt: the temperature of a few buurten reads only theirs (the JDBC table's buurt index). */
    private final Map<NeighbourhoodCode, NavigableMap<Instant, Map<SignalId, Signal>>> byBuurt = new HashMap<>();

    @Override
    public Optional<Signal> findById(SignalId id) {
        return signals.get(id);
    }

    @Override
    public Optional<KeyedSignal> findByRequestKey(AccountId account, String key) {
        synchronized (requestKeys) {
            return Optional.ofNullable(requestKeys.get(new AbstractMap.SimpleImmutableEntry<>(account, key)));
        }
    }

    @Override
    public Signal saveNew(Signal signal, RequestKey key) {
        synchronized (requestKeys) {
            Map.Entry<AccountId, String> entry = new AbstractMap.SimpleImmutableEntry<>(key.account(), key.key());
            if (requestKeys.containsKey(entry)) {
                throw NetworkConflicts.requestKeyTaken(key.key());
            }
            Signal saved = save(signal);
            requestKeys.put(entry, new KeyedSignal(saved.id(), key.fingerprint()));
            return saved;
        }
    }

    @Override
    public synchronized Optional<Signal> findByTrackingCode(TrackingCode code) {
        SignalId id = byTrackingCode.get(code);
        return id == null ? Optional.empty() : signals.get(id);
    }

    @Override
    public Page<Signal> search(Search search) {
        return Page.of(signals.values().stream().filter(matches(search)).sorted(NEWEST_FIRST).toList(),
                search.page());
    }

    private static Predicate<Signal> matches(Search q) {
        return s -> (q.statuses() == null || q.statuses().isEmpty() || q.statuses().contains(s.status()))
                && (q.neighbourhood() == null || s.content().neighbourhoods().contains(q.neighbourhood()))
                && (q.theme() == null || s.content().themes().contains(q.theme()))
                && (q.assignee() == null || s.assignee().equals(q.assignee()))
                && (q.intensity() == null || s.content().intensity().value() == q.intensity())
                && (q.receivedBefore() == null || s.receivedAt().isBefore(q.receivedBefore()))
                && (q.within() == null || q.within().isEmpty()
                        || s.content().neighbourhoods().stream().anyMatch(q.within()::contains));
    }

    @Override
    public synchronized List<Signal> findObservedSince(Instant since) {
        List<Signal> found = new ArrayList<>();
        byLastObserved.tailMap(since, true).values().forEach(atOneMoment -> found.addAll(atOneMoment.values()));
        found.sort(NEWEST_FIRST);
        return Collections.unmodifiableList(found);
    }

    /** The evidence of {@link #findObservedSince}'s signals in their order, without a stream per signal. */
    @Override
    public synchronized List<SignalEvidence> evidenceObservedSince(Instant since) {
        List<SignalEvidence> evidence = new ArrayList<>();
        for (Signal signal : findObservedSince(since)) {
            evidence.addAll(signal.evidence());
        }
        return Collections.unmodifiableList(evidence);
    }

    /** The signals about the cells from the per-buurt index, newest first, and their evidence about the cells. */
    @Override
    public synchronized List<SignalEvidence> evidenceObservedSince(Instant since, Set<NeighbourhoodCode> buurten,
            Set<ThemeCode> themes) {
        Map<SignalId, Signal> found = new HashMap<>();
        for (NeighbourhoodCode buurt : buurten) {
            NavigableMap<Instant, Map<SignalId, Signal>> here = byBuurt.get(buurt);
            if (here == null) {
                continue;
            }
            for (Map<SignalId, Signal> atOneMoment : here.tailMap(since, true).values()) {
                for (Signal s : atOneMoment.values()) {
                    if (anyIn(s.content().themes(), themes)) {
                        found.put(s.id(), s);
                    }
                }
            }
        }
        List<Signal> sorted = new ArrayList<>(found.values());
        sorted.sort(NEWEST_FIRST);
        List<SignalEvidence> evidence = new ArrayList<>();
        for (Signal signal : sorted) {
            for (SignalEvidence e : signal.evidence()) {
                if (buurten.contains(e.buurt()) && themes.contains(e.theme())) {
                    evidence.add(e);
                }
            }
        }
        return Collections.unmodifiableList(evidence);
    }

    private static <T> boolean anyIn(Collection<T> values, Set<T> wanted) {
        for (T value : values) {
            if (wanted.contains(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized Signal save(Signal signal) {
        Optional<Signal> before = signals.get(signal.id());
        SignalId holder = byTrackingCode.get(signal.trackingCode());
        Signal saved = signals.save(signal, others -> {
            if (holder != null && !holder.equals(signal.id())) {
                throw NetworkConflicts.trackingCodeTaken(signal.trackingCode());
            }
        });
        before.ifPresent(b -> {
            byTrackingCode.remove(b.trackingCode(), b.id());
            unindex(byLastObserved, b);
            for (NeighbourhoodCode buurt : b.content().neighbourhoods()) {
                NavigableMap<Instant, Map<SignalId, Signal>> here = byBuurt.get(buurt);
                if (here != null) {
                    unindex(here, b);
                }
            }
        });
        byTrackingCode.put(saved.trackingCode(), saved.id());
        byLastObserved.computeIfAbsent(saved.lastObservedAt(), t -> new LinkedHashMap<>()).put(saved.id(), saved);
        for (NeighbourhoodCode buurt : saved.content().neighbourhoods()) {
            byBuurt.computeIfAbsent(buurt, x -> new TreeMap<>())
                    .computeIfAbsent(saved.lastObservedAt(), t -> new LinkedHashMap<>()).put(saved.id(), saved);
        }
        return saved;
    }

    private static void unindex(NavigableMap<Instant, Map<SignalId, Signal>> index, Signal signal) {
        index.computeIfPresent(signal.lastObservedAt(), (t, atOneMoment) -> atOneMoment.remove(signal.id()) != null
                && atOneMoment.isEmpty() ? null : atOneMoment);
    }

    @Override
    public List<Signal> findByReporter(UUID reporterId) {
        return signals.values().stream().filter(s -> s.reportedBy(reporterId)).sorted(NEWEST_FIRST).toList();
    }
}
