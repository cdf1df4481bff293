package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.domain.network.KeyPersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.shared.PollConflicts;
import nl.sleutelnet.application.port.out.PollRepository;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
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
 * window and the housekeeping do not scan every invitation ever sent; the indexes change with every save, under the
 * repository's lock.
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
            PollInvitation::id, PollInvitation::version, (i, v) -> {
                PollInvitation.Snapshot s = i.snapshot();
                return PollInvitation.reconstitute(new PollInvitation.Snapshot(s.id(), s.round(), s.keyPerson(),
                        s.neighbourhoods(), s.tokenHashes(), s.tokenIssuedAt(), s.expiresAt(), s.delivery(),
                        s.deliveryProblem(), s.mailedAt(), s.remindedAt(), s.answer(), v));
            });

    private static final Comparator<PollEvidence> BY_BUURT_AND_THEME = Comparator
            .comparing((PollEvidence e) -> e.buurt().value()).thenComparing(e -> e.theme().value());

    /** The rounds not closed: what the housekeeping reads every time, without going through every round ever held. */
    private final Set<PollRoundId> unclosed = new HashSet<>();
    private final Map<PollRoundId, Set<PollInvitationId>> invitationsByRound = new HashMap<>();
    private final Map<Map.Entry<PollRoundId, KeyPersonId>, PollInvitationId> invitationByRoundAndPerson =
            new HashMap<>();
    private final Map<String, PollInvitationId> invitationByTokenHash = new HashMap<>();
    /**
     * The evidence of every answered invitation, by the moment of answering and then by the invitation's id as text,
     * each invitation's pieces by buurt and theme: the order {@link #answeredSince} promises, kept as it is saved.
     */
    private final NavigableMap<Instant, NavigableMap<String, List<PollEvidence>>> answeredByTime = new TreeMap<>();
    /** The same per buurt, each invitation's pieces about that buurt only (by theme). */
    private final Map<NeighbourhoodCode, NavigableMap<Instant, NavigableMap<String, List<PollEvidence>>>>
            answeredByBuurt = new HashMap<>();

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
        // by id as text; each id written out once, not at every comparison
        return invitationsByRound.getOrDefault(round, Set.of()).stream().map(this::invitation)
                .map(i -> new ByText(i.id().value().toString(), i)).sorted(Comparator.comparing(ByText::text))
                .map(ByText::invitation).toList();
    }

    private record ByText(String text, PollInvitation invitation) {
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
        Optional<PollInvitation> before = invitations.get(invitation.id());
        PollInvitationId other = invitationByRoundAndPerson.get(roundAndPerson(invitation));
        PollInvitation saved = invitations.save(invitation, others -> {
            if (other != null && !other.equals(invitation.id())) {
                throw PollConflicts.alreadyInvited(invitation.keyPerson(), invitation.round());
            }
        });
        before.ifPresent(this::unindex);
        index(saved);
        return saved;
    }

    private void index(PollInvitation i) {
        invitationsByRound.computeIfAbsent(i.round(), r -> new LinkedHashSet<>()).add(i.id());
        invitationByRoundAndPerson.put(roundAndPerson(i), i.id());
        i.tokenHashes().forEach(hash -> invitationByTokenHash.putIfAbsent(hash, i.id()));
        i.answer().ifPresent(a -> {
            List<PollEvidence> pieces = i.evidence().stream().sorted(BY_BUURT_AND_THEME).toList();
            String id = i.id().value().toString();
            answeredByTime.computeIfAbsent(a.answeredAt(), t -> new TreeMap<>()).put(id, pieces);
            Map<NeighbourhoodCode, List<PollEvidence>> perBuurt = new HashMap<>();
            pieces.forEach(p -> perBuurt.computeIfAbsent(p.buurt(), b -> new ArrayList<>()).add(p));
            perBuurt.forEach((buurt, here) -> answeredByBuurt.computeIfAbsent(buurt, b -> new TreeMap<>())
                    .computeIfAbsent(a.answeredAt(), t -> new TreeMap<>()).put(id, List.copyOf(here)));
        });
    }

    private void unindex(PollInvitation i) {
        invitationsByRound.computeIfPresent(i.round(), (r, ids) -> ids.remove(i.id()) && ids.isEmpty() ? null : ids);
        invitationByRoundAndPerson.remove(roundAndPerson(i), i.id());
        i.tokenHashes().forEach(hash -> invitationByTokenHash.remove(hash, i.id()));
        i.answer().ifPresent(a -> {
            String id = i.id().value().toString();
            answeredByTime.computeIfPresent(a.answeredAt(), (t, ids) -> ids.remove(id) != null && ids.isEmpty() ? null
                    : ids);
            i.evidence().stream().map(PollEvidence::buurt).distinct().forEach(buurt -> answeredByBuurt
                    .computeIfPresent(buurt, (b, times) -> {
                        times.computeIfPresent(a.answeredAt(), (t, ids) -> ids.remove(id) != null && ids.isEmpty()
                                ? null : ids);
                        return times.isEmpty() ? null : times;
                    }));
        });
    }

    private static Map.Entry<PollRoundId, KeyPersonId> roundAndPerson(PollInvitation i) {
        return Map.entry(i.round(), i.keyPerson());
    }

    private PollInvitation invitation(PollInvitationId id) {
        return invitations.get(id).orElseThrow();
    }

    @Override
    public synchronized List<PollEvidence> answeredSince(Instant from) {
        List<PollEvidence> answered = new ArrayList<>();
        answeredByTime.tailMap(from, true).values().forEach(atOneMoment -> atOneMoment.values()
                .forEach(answered::addAll));
        return List.copyOf(answered);
    }

    @Override
    public synchronized List<PollEvidence> answeredSince(Instant from, Set<NeighbourhoodCode> buurten,
            Set<ThemeCode> themes) {
        // each buurt's pieces, merged into the order of answeredSince(from): moment, invitation, buurt, theme
        List<NeighbourhoodCode> asked = buurten.stream().filter(answeredByBuurt::containsKey)
                .sorted(Comparator.comparing(NeighbourhoodCode::value)).toList();
        NavigableMap<Instant, NavigableMap<String, List<PollEvidence>>> merged;
        if (asked.size() == 1) {
            merged = answeredByBuurt.get(asked.get(0)).tailMap(from, true);
        } else {
            merged = new TreeMap<>();
            for (NeighbourhoodCode buurt : asked) {
                answeredByBuurt.get(buurt).tailMap(from, true).forEach((at, ids) -> ids.forEach((id, pieces) ->
                        merged.computeIfAbsent(at, t -> new TreeMap<>()).computeIfAbsent(id, x -> new ArrayList<>())
                                .addAll(pieces)));
            }
        }
        List<PollEvidence> answered = new ArrayList<>();
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
