package nl.sleutelnet.application.port.out;

import java.util.UUID;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.signal.SignalStatus;
import nl.sleutelnet.domain.signal.TrackingCode;
import nl.sleutelnet.domain.temperature.SignalEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;

public interface SignalRepository {

    /**
     * Which signals to list; every part optional (null or empty).
     *
     * @param receivedBefore only signals received before this moment (with status RECEIVED: the overdue ones of
     *                       one intensity are found by the service with one call per intensity)
     * @param within         only signals about at least one of these buurten (a professional's own); empty: all
     */
    record Search(Set<SignalStatus> statuses, NeighbourhoodCode neighbourhood, ThemeCode theme, AccountId assignee,
            Integer intensity, Instant receivedBefore, Set<NeighbourhoodCode> within, PageRequest page) {
    }

    /**
     * The key a client sent with a report ({@code Idempotency-Key}), per account, with a fingerprint of what it sent:
     * a repeat of the same request finds the signal made the first time instead of making a second one.
     */
    record RequestKey(AccountId account, String key, String fingerprint) {
    }

    /** The signal first stored under a request key, and the fingerprint of the request that made it. */
    record KeyedSignal(SignalId signal, String fingerprint) {
    }

    Optional<Signal> findById(SignalId id);

    /**
     * These signals whole, in the order of {@code ids} (each once); an id that names no signal is left out. Reads what
     * the list names only: the explanation of one buurt × theme reads the signals behind it, not the whole window. An
     * adapter may answer it with a few queries instead of one per id (the JDBC adapter reads per 1,000 ids).
     */
    default List<Signal> findAllById(Collection<SignalId> ids) {
        return ids.stream().distinct().map(this::findById).flatMap(Optional::stream).toList();
    }

    /** The signal an account reported under this request key, if any. */
    Optional<KeyedSignal> findByRequestKey(AccountId account, String key);

    /**
     * Stores a new signal together with the request key it was reported under: both or neither. When the account
     * already used the key (also by a request that committed while this one was running) a {@code CONFLICT} with the
     * code {@value #REQUEST_KEY_TAKEN} is thrown and nothing is stored; asking again then finds the first signal.
     */
    Signal saveNew(Signal signal, RequestKey key);

    /** The code of the conflict {@link #saveNew} throws for a request key in use. */
    String REQUEST_KEY_TAKEN = "signal.request-key.taken";

    Optional<Signal> findByTrackingCode(TrackingCode code);

    /** A page of the signals that match, newest received first. */
    Page<Signal> search(Search search);

    /** Every signal the search finds, page by page in the largest pages (the search's own page is ignored). */
    default List<Signal> searchAll(Search search) {
        List<Signal> all = new java.util.ArrayList<>();
        int page = 0;
        Page<Signal> found;
        do {
            found = search(new Search(search.statuses(), search.neighbourhood(), search.theme(), search.assignee(),
                    search.intensity(), search.receivedBefore(), search.within(),
                    new PageRequest(page++, PageRequest.MAX_SIZE)));
            all.addAll(found.items());
        } while (found.hasNext());
        return all;
    }

    /**
     * The signals that still count for the temperature: last observed (the signal or a sighting) at or after
     * {@code since}. Work grows with this window, not with all history.
     */
    List<Signal> findObservedSince(Instant since);

    /**
     * The temperature's evidence ({@link Signal#evidence()}) about every cell of the signals of
     * {@link #findObservedSince(Instant)}, newest signal first (as there; a signal's own cells in any order): all the
     * temperature map needs. An adapter may answer it with a query of its own that builds no whole signals (the JDBC
     * adapter reads the few columns evidence is made of, in one query, without descriptions or history).
     */
    default List<SignalEvidence> evidenceObservedSince(Instant since) {
        return findObservedSince(since).stream().flatMap(s -> s.evidence().stream()).toList();
    }

    /**
     * The temperature's evidence ({@link Signal#evidence()}) about the cells {@code buurten} × {@code themes} of the
     * signals of {@link #findObservedSince(Instant)}: all that the temperature of these cells needs. The temperature
     * watch reads this after each change of a signal, so that taking in a signal costs what its own cells hold, not
     * the whole window. An adapter may answer it with a query of its own that builds no whole signals (the JDBC adapter
     * reads the few columns evidence is made of, in one query).
     */
    default List<SignalEvidence> evidenceObservedSince(Instant since, Set<NeighbourhoodCode> buurten,
            Set<ThemeCode> themes) {
        return findObservedSince(since).stream().flatMap(s -> s.evidence().stream())
                .filter(e -> buurten.contains(e.buurt()) && themes.contains(e.theme()))
                .toList();
    }

    /**
     * Stores a new or changed signal with the version check of {@link ThemeRepository#save}, and returns it as stored
     * (with its new version; equal to what {@link #findById} reads back).
     */
    Signal save(Signal signal);

    /** The signals this key person, partner or account reported or confirmed in a sighting, by reporter id. */
    List<Signal> findByReporter(UUID reporterId);
}
