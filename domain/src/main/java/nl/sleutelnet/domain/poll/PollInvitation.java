package nl.sleutelnet.domain.poll;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;
import nl.sleutelnet.domain.temperature.PollEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * One key person's invitation to one round: the buurten their answer counts for (theirs that are in the round), the
 * hashes of the personal links sent (the last one works; a reminder sends a fresh one), when the link expires (the
 * round's close), whether the last mail reached the mail server, and the answer once given. A link works once.
 */
public final class PollInvitation {

    public static final int MAX_PROBLEM = 300;

    private final PollInvitationId id;
    private final PollRoundId round;
    private final KeyPersonId keyPerson;
    private final Set<NeighbourhoodCode> neighbourhoods;
    private final List<String> tokenHashes;
    private final Instant tokenIssuedAt;
    private final Instant expiresAt;
    private final Delivery delivery;
    private final String deliveryProblem;
    private final Instant mailedAt;
    private final Instant remindedAt;
    private final PollAnswer answer;
    private final long version;

    private PollInvitation(PollInvitationId id, PollRoundId round, KeyPersonId keyPerson,
            Set<NeighbourhoodCode> neighbourhoods, List<String> tokenHashes, Instant tokenIssuedAt, Instant expiresAt,
            Delivery delivery, String deliveryProblem, Instant mailedAt, Instant remindedAt, PollAnswer answer,
            long version) {
        this(id, round, keyPerson, neighbourhoods, tokenHashes, tokenIssuedAt, expiresAt, delivery, deliveryProblem,
                mailedAt, remindedAt, answer, version, false);
    }

    /**
     * @param hashesChecked the hashes are this invitation's own (an immutable list it checked when it was made): a
     *     change that keeps them does not check them again
     */
    private PollInvitation(PollInvitationId id, PollRoundId round, KeyPersonId keyPerson,
            Set<NeighbourhoodCode> neighbourhoods, List<String> tokenHashes, Instant tokenIssuedAt, Instant expiresAt,
            Delivery delivery, String deliveryProblem, Instant mailedAt, Instant remindedAt, PollAnswer answer,
            long version, boolean hashesChecked) {
        this.id = checkNotNull(id, "id");
        this.round = checkNotNull(round, "round");
        this.keyPerson = checkNotNull(keyPerson, "keyPerson");
        checkNotNull(neighbourhoods, "neighbourhoods");
        Invariants.require(!neighbourhoods.isEmpty(), "poll.invitation.neighbourhoods.empty",
                "An invitation counts for at least one buurt of the round.");
        this.neighbourhoods = ImmutableSortedSet.copyOf(neighbourhoods);
        this.tokenHashes = ImmutableList.copyOf(tokenHashes);
        if (!hashesChecked) {
            Invariants.require(!this.tokenHashes.isEmpty() && allHashes(this.tokenHashes), "poll.invitation.token-hash",
                    "An invitation keeps the SHA-256 hashes (64 hex digits) of its links.");
            Invariants.require(this.tokenHashes.size() < 2 || new HashSet<>(this.tokenHashes).size() == this
                    .tokenHashes.size(), "poll.invitation.token-hash", "A link is sent once.");
        }
        this.tokenIssuedAt = Timestamps.stored(checkNotNull(tokenIssuedAt, "tokenIssuedAt"));
        this.expiresAt = Timestamps.stored(checkNotNull(expiresAt, "expiresAt"));
        this.delivery = checkNotNull(delivery, "delivery");
        String problem = deliveryProblem == null ? "" : deliveryProblem.strip();
        this.deliveryProblem = problem.length() > MAX_PROBLEM ? problem.substring(0, MAX_PROBLEM - 1) + "…" : problem;
        this.mailedAt = mailedAt == null ? null : Timestamps.stored(mailedAt);
        this.remindedAt = remindedAt == null ? null : Timestamps.stored(remindedAt);
        this.answer = answer;
        Invariants.require(version >= 0, "poll.version.invalid", "A version cannot be negative.");
        this.version = version;
    }

    /** A new invitation with its first link; the link expires when the round closes. */
    public static PollInvitation issue(PollInvitationId id, PollRound round, KeyPersonId keyPerson,
            Set<NeighbourhoodCode> keyPersonsBuurten, PollToken token, Instant at) {
        Set<NeighbourhoodCode> counted = new HashSet<>();
        for (NeighbourhoodCode buurt : keyPersonsBuurten) {
            if (round.isAbout(buurt)) {
                counted.add(buurt);
            }
        }
        Invariants.require(!counted.isEmpty(), "poll.invitation.outside-round",
                "Key person %s is active in none of the round's buurten.", keyPerson);
        return new PollInvitation(id, round.id(), keyPerson, counted, List.of(token.hash()), at,
                round.plan().closesAt(), Delivery.PENDING, "", null, null, null, 0);
    }

    public static PollInvitation reconstitute(Snapshot s) {
        return new PollInvitation(s.id(), s.round(), s.keyPerson(), s.neighbourhoods(), s.tokenHashes(),
                s.tokenIssuedAt(), s.expiresAt(), s.delivery(), s.deliveryProblem(), s.mailedAt(), s.remindedAt(),
                s.answer(), s.version());
    }

    /** A fresh link (a reminder, or sending again after a failed mail): every earlier link stops working. */
    public PollInvitation reissue(PollToken token, Instant at) {
        requireUnanswered();
        List<String> hashes = new ArrayList<>(tokenHashes);
        hashes.add(token.hash());
        return new PollInvitation(id, round, keyPerson, neighbourhoods, hashes, at, expiresAt, Delivery.PENDING, "",
                mailedAt, remindedAt, null, version);
    }

    /** The mail server took the mail with the current link. */
    public PollInvitation mailed(Instant at, boolean reminder) {
        return new PollInvitation(id, round, keyPerson, neighbourhoods, tokenHashes, tokenIssuedAt, expiresAt,
                Delivery.SENT, "", at, reminder ? at : remindedAt, answer, version, true);
    }

    /** The mail with the current link could not be sent; the invitation stays, so that it can be sent again. */
    public PollInvitation mailFailed(Instant at, String problem, boolean reminder) {
        return new PollInvitation(id, round, keyPerson, neighbourhoods, tokenHashes, tokenIssuedAt, expiresAt,
                Delivery.FAILED, problem == null || problem.isBlank() ? "unknown problem" : problem, at,
                reminder ? at : remindedAt, answer, version, true);
    }

    /**
     * What the link with this hash is worth at {@code now} for this invitation of {@code poll}: answered first (the
     * key person needs to know that their answer arrived), then expired, closed early, replaced by a newer link.
     */
    public TokenState stateOf(String tokenHash, Instant now, PollRound poll) {
        checkNotNull(tokenHash, "tokenHash");
        checkRound(poll);
        if (!tokenHashes.contains(tokenHash)) {
            return TokenState.UNKNOWN;
        }
        if (answer != null) {
            return TokenState.ANSWERED;
        }
        if (!now.isBefore(expiresAt)) {
            return TokenState.EXPIRED;
        }
        if (poll.status() == PollRoundStatus.CLOSED) {
            return TokenState.ROUND_CLOSED;
        }
        if (!tokenHash.equals(currentTokenHash())) {
            return TokenState.REPLACED;
        }
        return poll.acceptsAnswers(now) ? TokenState.VALID : TokenState.ROUND_CLOSED;
    }

    /**
     * Records the answer given with the link with this hash. Only the current link of an unanswered invitation of an
     * open round works, before the link expires; the themes rated are the round's.
     */
    public PollInvitation answer(String tokenHash, PollRound poll, PollAnswer given) {
        checkNotNull(given, "given");
        TokenState state = stateOf(tokenHash, given.answeredAt(), poll);
        if (state != TokenState.VALID) {
            throw refusal(state);
        }
        List<ThemeCode> foreign = new ArrayList<>(0);
        for (ThemeCode theme : given.ratings().keySet()) {
            if (!poll.plan().themes().contains(theme)) {
                foreign.add(theme);
            }
        }
        Invariants.require(foreign.isEmpty(), "poll.rating.theme",
                "This round asks about %s; %s is not one of them.", poll.plan().themes(), foreign);
        return new PollInvitation(id, round, keyPerson, neighbourhoods, tokenHashes, tokenIssuedAt, expiresAt,
                delivery, deliveryProblem, mailedAt, remindedAt, given, version, true);
    }

    /**
     * Removes the link to the key person (GDPR article 17: they were erased): the invitation now belongs to a
     * placeholder that points at nobody, the remark and any delivery problem (which may hold an address) are removed.
     * The buurten, the ratings and the moments stay, so the response rate and the temperature do not change.
     */
    public PollInvitation forgetKeyPerson(KeyPersonId placeholder) {
        checkNotNull(placeholder, "placeholder");
        PollAnswer kept = answer == null ? null : new PollAnswer(answer.ratings(), "", answer.answeredAt());
        return new PollInvitation(id, round, placeholder, neighbourhoods, tokenHashes, tokenIssuedAt, expiresAt,
                delivery, "", mailedAt, remindedAt, kept, version, true);
    }

    /** The error for a link that cannot be used to answer, with a stable code per state. */
    public static DomainException refusal(TokenState state) {
        return switch (state) {
            case UNKNOWN -> DomainException.notFound("poll.token.unknown",
                    "This link is unknown: check that it was copied whole from the mail.");
            case EXPIRED -> DomainException.conflict("poll.token.expired",
                    "This link has expired: the round closed. Watch for the next invitation.");
            case ANSWERED -> DomainException.conflict("poll.token.answered",
                    "This invitation was answered already; a link works once.");
            case REPLACED -> DomainException.conflict("poll.token.replaced",
                    "A newer link was sent for this invitation; use the link in the most recent mail.");
            case ROUND_CLOSED -> DomainException.conflict("poll.round.closed",
                    "The coordinator closed this round; answers are no longer taken.");
            case NOT_ACTIVE -> DomainException.conflict("poll.key-person.not-active",
                    "You no longer take part in polls, so this link no longer works.");
            case VALID -> throw new IllegalArgumentException("a valid link is no refusal");
        };
    }

    /** What the temperature reads: one piece of evidence per buurt × rated theme; none before the answer. */
    public List<PollEvidence> evidence() {
        if (answer == null) {
            return List.of();
        }
        List<PollEvidence> evidence = new ArrayList<>();
        for (NeighbourhoodCode buurt : neighbourhoods) {
            answer.ratings().forEach((theme, rating) -> evidence.add(new PollEvidence(id.value(), keyPerson.value(),
                    buurt, theme, rating, answer.answeredAt())));
        }
        return List.copyOf(evidence);
    }

    /** A loop, not a stream: this runs every time an invitation is made, also when a store reads one back. */
    private static boolean allHashes(List<String> hashes) {
        for (String hash : hashes) {
            if (!PollToken.isHash(hash)) {
                return false;
            }
        }
        return true;
    }

    private void requireUnanswered() {
        if (answer != null) {
            throw refusal(TokenState.ANSWERED);
        }
    }

    private void checkRound(PollRound poll) {
        checkNotNull(poll, "poll");
        if (!poll.id().equals(round)) {
            throw new IllegalArgumentException("invitation " + id + " belongs to round " + round + ", not "
                    + poll.id());
        }
    }

    public PollInvitationId id() {
        return id;
    }

    public PollRoundId round() {
        return round;
    }

    public KeyPersonId keyPerson() {
        return keyPerson;
    }

    /** The buurten the answer counts for: the key person's buurten that are in the round. */
    public Set<NeighbourhoodCode> neighbourhoods() {
        return neighbourhoods;
    }

    /** Every link's hash, oldest first; the last is the one that works. */
    public List<String> tokenHashes() {
        return tokenHashes;
    }

    public String currentTokenHash() {
        return Iterables.getLast(tokenHashes);
    }

    public Instant tokenIssuedAt() {
        return tokenIssuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Delivery delivery() {
        return delivery;
    }

    /** Why the last mail failed; empty otherwise. */
    public String deliveryProblem() {
        return deliveryProblem;
    }

    /** When the last mail was handed to the mail server (or failed). */
    public Optional<Instant> mailedAt() {
        return Optional.ofNullable(mailedAt);
    }

    public Optional<Instant> remindedAt() {
        return Optional.ofNullable(remindedAt);
    }

    public Optional<PollAnswer> answer() {
        return Optional.ofNullable(answer);
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public long version() {
        return version;
    }

    /**
     * This invitation as a store holds it under {@code version}, for a store that keeps the objects themselves (the
     * memory adapter): equal to {@link #reconstitute} of its snapshot with that version, without checking again what
     * this invitation checked when it was made.
     */
    public PollInvitation withVersion(long version) {
        return new PollInvitation(id, round, keyPerson, neighbourhoods, tokenHashes, tokenIssuedAt, expiresAt,
                delivery, deliveryProblem, mailedAt, remindedAt, answer, version, true);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, round, keyPerson, neighbourhoods, tokenHashes, tokenIssuedAt, expiresAt, delivery,
                deliveryProblem, mailedAt, remindedAt, answer, version);
    }

    /** All state of an invitation, for storage adapters. */
    public record Snapshot(PollInvitationId id, PollRoundId round, KeyPersonId keyPerson,
            Set<NeighbourhoodCode> neighbourhoods, List<String> tokenHashes, Instant tokenIssuedAt,
            Instant expiresAt, Delivery delivery, String deliveryProblem, Instant mailedAt, Instant remindedAt,
            PollAnswer answer, long version) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PollInvitation other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "PollInvitation[" + id + " of " + round + (answer == null ? "" : " answered") + " v" + version + "]";
    }
}
