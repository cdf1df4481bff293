package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.domain.network.KeyPersonId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.shared.PollConflicts;
import nl.sleutelnet.application.port.out.PollRepository;
import nl.sleutelnet.domain.poll.PollInvitation;
import nl.sleutelnet.domain.poll.PollInvitationId;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.PollRoundId;
import nl.sleutelnet.domain.poll.PollRoundStatus;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.temperature.PollEvidence;

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
    public List<PollRound> findUnclosedRounds() {
        return rounds.values().stream().filter(r -> r.status() != PollRoundStatus.CLOSED)
                .sorted(Comparator.comparing((PollRound r) -> r.plan().opensAt())
                        .thenComparing(r -> r.id().value().toString()))
                .toList();
    }

    @Override
    public PollRound saveRound(PollRound round) {
        return rounds.save(round, others -> {
        });
    }

    @Override
    public List<PollInvitation> findInvitations(PollRoundId round) {
        return invitations.values().stream().filter(i -> i.round().equals(round))
                .sorted(Comparator.comparing(i -> i.id().value().toString())).toList();
    }

    @Override
    public Optional<PollInvitation> findInvitationByTokenHash(String tokenHash) {
        return invitations.find(i -> i.tokenHashes().contains(tokenHash));
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
    public PollInvitation saveInvitation(PollInvitation invitation) {
        return invitations.save(invitation, others -> {
            if (others.stream().anyMatch(o -> o.round().equals(invitation.round())
                    && o.keyPerson().equals(invitation.keyPerson()))) {
                throw PollConflicts.alreadyInvited(invitation.keyPerson(), invitation.round());
            }
        });
    }

    @Override
    public List<PollEvidence> answeredSince(Instant from) {
        return invitations.values().stream()
                .filter(i -> i.answer().map(a -> !a.answeredAt().isBefore(from)).orElse(false))
                .flatMap(i -> i.evidence().stream())
                .sorted(Comparator.comparing(PollEvidence::answeredAt)
                        .thenComparing(e -> e.answerId().toString())
                        .thenComparing(e -> e.buurt().value())
                        .thenComparing(e -> e.theme().value()))
                .toList();
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
