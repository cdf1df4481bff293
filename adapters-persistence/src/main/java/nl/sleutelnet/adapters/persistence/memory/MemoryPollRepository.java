package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.domain.network.KeyPersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.shared.PollConflicts;
import nl.sleutelnet.application.port.out.PollRepository;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.poll.PollAnswer;
import nl.sleutelnet.domain.poll.PollInvitation;
import nl.sleutelnet.domain.poll.PollInvitationId;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.PollRoundId;
import nl.sleutelnet.domain.poll.PollRoundStatus;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.temperature.PollEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Poll rounds and invitations in memory. The invitations are indexed as the JDBC adapter's tables are (by round, by
 * key person in a round, by link hash and by the moment of answering), so that answering a poll, the temperature's
 * window and the housekeeping do not scan every invitation ever sent; a save changes in them only what changed in the
 * invitation (most saves change nothing there: a mail sent), under the repository's lock.
 */
public final class MemoryPollRepository implements PollRepository {

    /** The latest opening first, then id: the order of every list of rounds, in both adapters. */
    static final Comparator<PollRound> LATEST_FIRST = Comparator.comparing((PollRound r) -> r.plan().opensAt())
            .reversed().thenComparing(r -> r.id().value().toString());

    private final VersionedMap<PollRoundId, PollRound> rounds = new VersionedMap<>("Poll round", PollRound::id,
            PollRound::version, (r, v) -> {
                PollRound.Snapshot s = r.snapshot();
                return PollRound.reconstitute(new PollRound.Snapshot(s.id(), s.plan(), s.status(), s.createdAt(),
                        s.createdBy(), s.follows(), s.openedAt(), s.closedAt(), s.closedBy(), s.seriesEnded(),
                        s.notInvited(), v));
            });

    private final VersionedMap<PollInvitationId, PollInvitation> invitations = new VersionedMap<>("Poll invitation",
            PollInvitation::id, PollInvitation::version, PollInvitation::withVersion);

    private static final Comparator<PollEvidence> BY_BUURT_AND_THEME = Comparator
            .comparing((PollEvidence e) -> e.buurt().value()).thenComparing(e -> e.theme().value());

    /** The rounds not closed: what the housekeeping reads every time, without going through every round ever held. */
    private final Set<PollRoundId> unclosed = new HashSet<>();
    /** Each round's invitations by their id as text: the order of {@link #findInvitations}. */
    private final Map<PollRoundId, NavigableMap<String, PollInvitationId>> invitationsByRound = new HashMap<>();
    private final Map<Map.Entry<PollRoundId, KeyPersonId>, PollInvitationId> invitationByRoundAndPerson =
            new HashMap<>();
    private final Map<String, PollInvitationId> invitationByTokenHash = new HashMap<>();
    /**
     * The evidence of every answered invitation, by the moment of answering and then by the invitation's id as text,
     * each invitation's pieces by buurt and theme: the order {@link #answeredSince} promises, kept as it is saved.
     */
    private final NavigableMap<Instant, Moment> answeredByTime = new TreeMap<>();
    /** The same per buurt, each invitation's pieces about that buurt only (by theme). */
    private final Map<NeighbourhoodCode, NavigableMap<Instant, Moment>> answeredByBuurt = new HashMap<>();

    /**
     * The answers given at one moment: each invitation's pieces by the invitation's id as text, and all of them in
     * that order in one list, made when first read after a change (a window reads the same moments day after day).
     * That list never leaves the repository: readers copy from it.
     */
    private static final class Moment {

        private final NavigableMap<String, List<PollEvidence>> byInvitation = new TreeMap<>();
        private ArrayList<PollEvidence> all;

        void put(String id, List<PollEvidence> pieces) {
            byInvitation.put(id, pieces);
            all = null;
        }

        /** @return whether no answer is left at this moment */
        boolean remove(String id) {
            if (byInvitation.remove(id) != null) {
                all = null;
            }
            return byInvitation.isEmpty();
        }

        List<PollEvidence> all() {
            if (all == null) {
                all = new ArrayList<>();
                byInvitation.values().forEach(all::addAll);
            }
            return all;
        }
    }

    @Override
    public Optional<PollRound> findRound(PollRoundId id) {
        return rounds.get(id);
    }

    @Override
    public Page<PollRound> searchRounds(RoundSearch q) {
        return Page.of(rounds.values().stream()
                .filter(r -> q.statuses() == null || q.statuses().isEmpty() || q.statuses().contains(r.status()))
                .filter(r -> q.within() == null || q.within().isEmpty()
                        || r.plan().neighbourhoods().stream().anyMatch(q.within()::contains))
                .sorted(LATEST_FIRST).toList(), q.page());
    }

    @Override
    public synchronized List<PollRound> findUnclosedRounds() {
        List<PollRound> found = new ArrayList<>(unclosed.size());
        for (PollRoundId id : unclosed) {
            rounds.get(id).ifPresent(found::add);
        }
        found.sort(Comparator.comparing((PollRound r) -> r.plan().opensAt())
                .thenComparing(r -> r.id().value().toString()));
        return found.stream().toList();
    }

    @Override
    public synchronized PollRound saveRound(PollRound round) {
        PollRound saved = rounds.save(round, others -> {
        });
        if (saved.status() == PollRoundStatus.CLOSED) {
            unclosed.remove(saved.id());
        } else {
            unclosed.add(saved.id());
        }
        return saved;
    }

    @Override
    public synchronized List<PollInvitation> findInvitations(PollRoundId round) {
        NavigableMap<String, PollInvitationId> ids = invitationsByRound.get(round);
        if (ids == null) {
            return List.of();
        }
        List<PollInvitation> found = new ArrayList<>(ids.size());
        for (PollInvitationId id : ids.values()) {
            found.add(invitation(id));
        }
        return Collections.unmodifiableList(found);
    }

    @Override
    public synchronized Optional<PollInvitation> findInvitationByTokenHash(String tokenHash) {
        PollInvitationId id = invitationByTokenHash.get(tokenHash);
        return id == null ? Optional.empty() : invitations.get(id);
    }

    @Override
    public Map<PollRoundId, ResponseCount> responseCounts(Collection<PollRoundId> ids) {
        Map<PollRoundId, ResponseCount> counts = new HashMap<>();
        for (PollRoundId id : ids) {
            List<PollInvitation> of = findInvitations(id);
            counts.put(id, new ResponseCount(of.size(), (int) of.stream().filter(PollInvitation::isAnswered).count()));
        }
        return counts;
    }

    @Override
    public synchronized PollInvitation saveInvitation(PollInvitation invitation) {
        PollInvitation before = invitations.get(invitation.id()).orElse(null);
        // the same invitation of the same key person to the same round holds its own place in the index
        boolean samePlace = before != null && before.round().equals(invitation.round())
                && before.keyPerson().equals(invitation.keyPerson());
        PollInvitationId other = samePlace ? null : invitationByRoundAndPerson.get(roundAndPerson(invitation));
        PollInvitation saved = invitations.save(invitation, others -> {
            if (other != null && !other.equals(invitation.id())) {
                throw PollConflicts.alreadyInvited(invitation.keyPerson(), invitation.round());
            }
        });
        reindex(before, saved);
        return saved;
    }

    /**
     * Brings the indexes from {@code before} (null for a new invitation) to {@code after}: what
     * {@code unindex(before); index(after)} would leave, changing only what differs.
     */
    private void reindex(PollInvitation before, PollInvitation after) {
        PollInvitationId id = after.id();
        String text = null;
        if (before == null || !before.round().equals(after.round())) {
            text = id.value().toString();
            if (before != null) {
                String key = text;
                invitationsByRound.computeIfPresent(before.round(), (r, ids) -> ids.remove(key) != null
                        && ids.isEmpty() ? null : ids);
            }
            invitationsByRound.computeIfAbsent(after.round(), r -> new TreeMap<>()).put(text, id);
        }
        if (before == null || !before.round().equals(after.round())
                || !before.keyPerson().equals(after.keyPerson())) {
            if (before != null) {
                invitationByRoundAndPerson.remove(roundAndPerson(before), id);
            }
            invitationByRoundAndPerson.put(roundAndPerson(after), id);
        }
        if (before != null && !before.tokenHashes().equals(after.tokenHashes())) {
            for (String hash : before.tokenHashes()) {
                if (!after.tokenHashes().contains(hash)) {
                    invitationByTokenHash.remove(hash, id);
                }
            }
        }
        for (String hash : after.tokenHashes()) {
            invitationByTokenHash.putIfAbsent(hash, id);
        }
        PollAnswer answerBefore = before == null ? null : before.answer().orElse(null);
        PollAnswer answerAfter = after.answer().orElse(null);
        boolean sameEvidence = before != null && Objects.equals(answerBefore, answerAfter)
                && before.keyPerson().equals(after.keyPerson())
                && before.neighbourhoods().equals(after.neighbourhoods());
        if (!sameEvidence && (answerBefore != null || answerAfter != null)) {
            text = text == null ? id.value().toString() : text;
            if (answerBefore != null) {
                unindexAnswer(before, answerBefore, text);
            }
            if (answerAfter != null) {
                indexAnswer(after, answerAfter, text);
            }
        }
    }

    private void indexAnswer(PollInvitation i, PollAnswer a, String id) {
        List<PollEvidence> pieces = i.evidence().stream().sorted(BY_BUURT_AND_THEME).toList();
        answeredByTime.computeIfAbsent(a.answeredAt(), t -> new Moment()).put(id, pieces);
        // sorted by buurt, so each buurt's pieces are one run
        int start = 0;
        for (int end = 1; end <= pieces.size(); end++) {
            NeighbourhoodCode buurt = pieces.get(start).buurt();
            if (end == pieces.size() || !pieces.get(end).buurt().equals(buurt)) {
                answeredByBuurt.computeIfAbsent(buurt, b -> new TreeMap<>())
                        .computeIfAbsent(a.answeredAt(), t -> new Moment()).put(id, pieces.subList(start, end));
                start = end;
            }
        }
    }

    private void unindexAnswer(PollInvitation i, PollAnswer a, String id) {
        answeredByTime.computeIfPresent(a.answeredAt(), (t, moment) -> moment.remove(id) ? null : moment);
        i.evidence().stream().map(PollEvidence::buurt).distinct().forEach(buurt -> answeredByBuurt
                .computeIfPresent(buurt, (b, times) -> {
                    times.computeIfPresent(a.answeredAt(), (t, moment) -> moment.remove(id) ? null : moment);
                    return times.isEmpty() ? null : times;
                }));
    }

    private static Map.Entry<PollRoundId, KeyPersonId> roundAndPerson(PollInvitation i) {
        return Map.entry(i.round(), i.keyPerson());
    }

    private PollInvitation invitation(PollInvitationId id) {
        return invitations.get(id).orElseThrow();
    }

    @Override
    public synchronized List<PollEvidence> answeredSince(Instant from) {
        Collection<Moment> moments = answeredByTime.tailMap(from, true).values();
        int size = 0;
        for (Moment moment : moments) {
            size += moment.all().size();
        }
        List<PollEvidence> answered = new ArrayList<>(size);
        for (Moment moment : moments) {
            answered.addAll(moment.all());
        }
        return Collections.unmodifiableList(answered);
    }

    @Override
    public synchronized List<PollEvidence> answeredSince(Instant from, Set<NeighbourhoodCode> buurten,
            Set<ThemeCode> themes) {
        // each buurt's pieces, merged into the order of answeredSince(from): moment, invitation, buurt, theme
        List<NeighbourhoodCode> asked = new ArrayList<>(buurten.size());
        for (NeighbourhoodCode buurt : buurten) {
            if (answeredByBuurt.containsKey(buurt)) {
                asked.add(buurt);
            }
        }
        List<PollEvidence> answered = new ArrayList<>();
        if (asked.size() == 1) {
            for (Moment moment : answeredByBuurt.get(asked.get(0)).tailMap(from, true).values()) {
                List<PollEvidence> pieces = moment.all();
                for (int k = 0; k < pieces.size(); k++) {
                    PollEvidence p = pieces.get(k);
                    if (themes.contains(p.theme())) {
                        answered.add(p);
                    }
                }
            }
            return Collections.unmodifiableList(answered);
        }
        asked.sort(Comparator.comparing(NeighbourhoodCode::value));
        NavigableMap<Instant, NavigableMap<String, List<PollEvidence>>> merged = new TreeMap<>();
        for (NeighbourhoodCode buurt : asked) {
            answeredByBuurt.get(buurt).tailMap(from, true).forEach((at, moment) -> moment.byInvitation.forEach(
                    (id, pieces) -> merged.computeIfAbsent(at, t -> new TreeMap<>())
                            .computeIfAbsent(id, x -> new ArrayList<>()).addAll(pieces)));
        }
        for (NavigableMap<String, List<PollEvidence>> atOneMoment : merged.values()) {
            for (List<PollEvidence> pieces : atOneMoment.values()) {
                for (PollEvidence p : pieces) {
                    if (themes.contains(p.theme())) {
                        answered.add(p);
                    }
                }
            }
        }
        return Collections.unmodifiableList(answered);
    }

    @Override
    public Map<UUID, AnswerRound> roundsOf(Collection<UUID> answerIds) {
        Map<UUID, AnswerRound> found = new HashMap<>();
        for (UUID answerId : answerIds) {
            invitations.get(new PollInvitationId(answerId)).flatMap(i -> rounds.get(i.round()))
                    .ifPresent(r -> found.put(answerId, new AnswerRound(r.id().value(), r.plan().occasion())));
        }
        return found;
    }

    @Override
    public List<PollInvitation> findInvitationsOf(KeyPersonId keyPerson) {
        return invitations.values().stream().filter(i -> i.keyPerson().equals(keyPerson))
                .sorted(Comparator.comparing(i -> i.id().value().toString())).toList();
    }

    @Override
    public List<PollRound> findRoundsNotInviting(KeyPersonId keyPerson) {
        return rounds.values().stream().filter(r -> r.lists(keyPerson))
                .sorted(Comparator.comparing(r -> r.id().value().toString())).toList();
    }
}
