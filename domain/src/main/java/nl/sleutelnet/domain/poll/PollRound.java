package nl.sleutelnet.domain.poll;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A peilingronde: the coordinator asks the active key persons of some buurten how the mood is on some themes, during
 * a period. {@code SCHEDULED → OPEN → CLOSED} (or straight to CLOSED when cancelled before it opened). A round can be
 * opened at once, for example after an incident (its occasion says so), and can recur: when a recurring round
 * closes, {@link #next} plans the following one. Key persons who could not be invited (no e-mail address, no consent
 * for polls) are listed on the round, never dropped silently.
 */
public final class PollRound {

    public static final Duration SHORTEST_PERIOD = Duration.ofHours(1);
    public static final Duration LONGEST_PERIOD = Duration.ofDays(92);
    public static final int MAX_THEMES = 10;

    /** What the coordinator asks: where, about what, when, how often and why. */
    public record Plan(Set<NeighbourhoodCode> neighbourhoods, List<ThemeCode> themes, Instant opensAt,
            Instant closesAt, Recurrence recurrence, String occasion) {

        public Plan {
            checkNotNull(neighbourhoods, "neighbourhoods");
            Invariants.require(!neighbourhoods.isEmpty(), "poll.neighbourhoods.empty",
                    "Name at least one buurt whose key persons are asked.");
            neighbourhoods = ImmutableSortedSet.copyOf(neighbourhoods);
            checkNotNull(themes, "themes");
            themes = ImmutableList.copyOf(new LinkedHashSet<>(themes));
            Invariants.require(!themes.isEmpty(), "poll.themes.empty", "Name at least one theme to ask about.");
            Invariants.require(themes.size() <= MAX_THEMES, "poll.themes.too-many",
                    "Ask about at most %d themes in one round; %d were chosen.", MAX_THEMES, themes.size());
            opensAt = Timestamps.stored(checkNotNull(opensAt, "opensAt"));
            closesAt = Timestamps.stored(checkNotNull(closesAt, "closesAt"));
            checkNotNull(recurrence, "recurrence");
            Duration period = Duration.between(opensAt, closesAt);
            Invariants.require(period.compareTo(SHORTEST_PERIOD) >= 0, "poll.period.too-short",
                    "A round closes at least an hour after it opens (it opens %s and closes %s).", opensAt, closesAt);
            Invariants.require(period.compareTo(LONGEST_PERIOD) <= 0, "poll.period.too-long",
                    "A round lasts at most %d days; this one lasts %d.", LONGEST_PERIOD.toDays(), period.toDays());
            Invariants.require(recurrence.longestPeriod().map(p -> period.compareTo(p) <= 0).orElse(true),
                    "poll.period.longer-than-recurrence", "A %s round lasts at most %d days, so that the rounds of "
                            + "one series do not overlap; this one lasts %d.", recurrence,
                    recurrence.longestPeriod().map(Duration::toDays).orElse(0L), period.toDays());
            occasion = PollText.occasion(occasion);
        }

        public Duration period() {
            return Duration.between(opensAt, closesAt);
        }
    }

    /** Why a key person of the round's buurten could not be invited. */
    public enum Unreachable {
        /** Active and consenting, but without an e-mail address: reach them another way, or add an address. */
        NO_EMAIL,
        /** Active, but their legal basis does not name polls as a purpose. */
        NO_CONSENT_FOR_POLLS
    }

    /** A key person of the round's buurten who got no invitation, and why. */
    public record NotInvited(KeyPersonId keyPerson, Unreachable reason) {

        public NotInvited {
            checkNotNull(keyPerson, "keyPerson");
            checkNotNull(reason, "reason");
        }
    }

    private final PollRoundId id;
    private final Plan plan;
    private final PollRoundStatus status;
    private final Instant createdAt;
    private final AccountId createdBy;
    private final PollRoundId follows;
    private final Instant openedAt;
    private final Instant closedAt;
    private final AccountId closedBy;
    private final boolean seriesEnded;
    private final List<NotInvited> notInvited;
    private final long version;

    private PollRound(PollRoundId id, Plan plan, PollRoundStatus status, Instant createdAt, AccountId createdBy,
            PollRoundId follows, Instant openedAt, Instant closedAt, AccountId closedBy, boolean seriesEnded,
            List<NotInvited> notInvited, long version) {
        this.id = checkNotNull(id, "id");
        this.plan = checkNotNull(plan, "plan");
        this.status = checkNotNull(status, "status");
        this.createdAt = Timestamps.stored(checkNotNull(createdAt, "createdAt"));
        this.createdBy = checkNotNull(createdBy, "createdBy");
        this.follows = follows;
        this.openedAt = openedAt == null ? null : Timestamps.stored(openedAt);
        this.closedAt = closedAt == null ? null : Timestamps.stored(closedAt);
        this.closedBy = closedBy;
        this.seriesEnded = seriesEnded;
        this.notInvited = ImmutableList.copyOf(notInvited);
        Invariants.require(version >= 0, "poll.version.invalid", "A version cannot be negative.");
        this.version = version;
        Invariants.require(status == PollRoundStatus.SCHEDULED || status == PollRoundStatus.CLOSED || openedAt != null,
                "poll.round.opened-at", "An open round knows when it opened.");
        Invariants.require(status != PollRoundStatus.CLOSED || closedAt != null, "poll.round.closed-at",
                "A closed round knows when it closed.");
        Invariants.require(openedAt == null || !openedAt.isBefore(plan.opensAt()), "poll.round.opened-early",
                "A round cannot open before its open time.");
        Invariants.require(notInvited.stream().map(NotInvited::keyPerson).distinct().count() == notInvited.size(),
                "poll.round.not-invited.duplicate", "A key person is listed once among those not invited.");
    }

    /** A new round; it opens (and invitations go out) when its open time has come. */
    public static PollRound plan(PollRoundId id, Plan plan, Instant createdAt, AccountId createdBy,
            PollRoundId follows) {
        return new PollRound(id, plan, PollRoundStatus.SCHEDULED, createdAt, createdBy, follows, null, null, null,
                false, List.of(), 0);
    }

    public static PollRound reconstitute(Snapshot s) {
        return new PollRound(s.id(), s.plan(), s.status(), s.createdAt(), s.createdBy(), s.follows(), s.openedAt(),
                s.closedAt(), s.closedBy(), s.seriesEnded(), s.notInvited(), s.version());
    }

    /** The open time has come: the round opens, with the key persons who could not be invited. */
    public PollRound open(Instant at, List<NotInvited> unreachable) {
        checkNotNull(unreachable, "unreachable");
        if (status != PollRoundStatus.SCHEDULED) {
            throw DomainException.conflict("poll.round.not-scheduled", "Round %s is %s; only a scheduled round opens.",
                    id, status);
        }
        Invariants.require(!at.isBefore(plan.opensAt()), "poll.round.opened-early",
                "Round %s opens at %s, not before.", id, plan.opensAt());
        return new PollRound(id, plan, PollRoundStatus.OPEN, createdAt, createdBy, follows, at, null, null,
                seriesEnded, unreachable, version);
    }

    /**
     * Closes the round: when its time has come ({@code by} empty: Sleutelnet itself) or earlier by the coordinator.
     * A scheduled round that is closed is cancelled. {@code endSeries} stops a recurring round from planning a next.
     */
    public PollRound close(Instant at, Optional<AccountId> by, boolean endSeries) {
        checkNotNull(at, "at");
        if (status == PollRoundStatus.CLOSED) {
            throw DomainException.conflict("poll.round.closed", "Round %s was closed already on %s.", id, closedAt);
        }
        return new PollRound(id, plan, PollRoundStatus.CLOSED, createdAt, createdBy, follows, openedAt, at,
                by.orElse(null), seriesEnded || endSeries, notInvited, version);
    }

    /**
     * A key person listed as not invited was erased (GDPR article 17): the line stays for the round's figures, but
     * for a placeholder that points at nobody.
     */
    public PollRound forgetKeyPerson(KeyPersonId keyPerson, KeyPersonId placeholder) {
        List<NotInvited> lines = notInvited.stream().map(n -> n.keyPerson().equals(keyPerson)
                ? new NotInvited(placeholder, n.reason()) : n).toList();
        return new PollRound(id, plan, status, createdAt, createdBy, follows, openedAt, closedAt, closedBy,
                seriesEnded, lines, version);
    }

    /** Whether this key person is listed as not invited. */
    public boolean lists(KeyPersonId keyPerson) {
        return notInvited.stream().anyMatch(n -> n.keyPerson().equals(keyPerson));
    }

    /** A key person listed as not invited was invited after all (an e-mail address was added). */
    public PollRound invitedLater(KeyPersonId keyPerson) {
        List<NotInvited> rest = new ArrayList<>(notInvited);
        rest.removeIf(n -> n.keyPerson().equals(keyPerson));
        return new PollRound(id, plan, status, createdAt, createdBy, follows, openedAt, closedAt, closedBy,
                seriesEnded, rest, version);
    }

    /**
     * The next round of a recurring series, planned for the same buurten and themes one interval later (in
     * {@code zone}'s calendar), skipping periods that already ended by {@code now}; empty when the round does not
     * recur or the series was ended. Call it when this round closes.
     */
    public Optional<Plan> next(ZoneId zone, Instant now) {
        Optional<Period> interval = plan.recurrence().interval();
        if (interval.isEmpty() || seriesEnded) {
            return Optional.empty();
        }
        Instant opens = plan.opensAt();
        Instant closes = plan.closesAt();
        do {
            opens = opens.atZone(zone).plus(interval.get()).toInstant();
            closes = closes.atZone(zone).plus(interval.get()).toInstant();
        } while (!closes.isAfter(now));
        return Optional.of(new Plan(plan.neighbourhoods(), plan.themes(), opens, closes, plan.recurrence(),
                plan.occasion()));
    }

    public boolean isDueToOpen(Instant now) {
        return status == PollRoundStatus.SCHEDULED && !now.isBefore(plan.opensAt());
    }

    public boolean isDueToClose(Instant now) {
        return status == PollRoundStatus.OPEN && !now.isBefore(plan.closesAt());
    }

    /** Whether key persons can answer now: the round is open and its close time has not come. */
    public boolean acceptsAnswers(Instant now) {
        return status == PollRoundStatus.OPEN && now.isBefore(plan.closesAt());
    }

    /** The moment reminders go out: {@code before} the close time. */
    public Instant remindAt(Duration before) {
        return plan.closesAt().minus(before);
    }

    public boolean isAbout(NeighbourhoodCode buurt) {
        return plan.neighbourhoods().contains(buurt);
    }

    public PollRoundId id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public PollRoundStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The coordinator who planned the round (for a later round of a series: who planned the first). */
    public AccountId createdBy() {
        return createdBy;
    }

    /** The round of the series this one follows. */
    public Optional<PollRoundId> follows() {
        return Optional.ofNullable(follows);
    }

    public Optional<Instant> openedAt() {
        return Optional.ofNullable(openedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** Who closed the round early; empty when it closed at its time (or is not closed). */
    public Optional<AccountId> closedBy() {
        return Optional.ofNullable(closedBy);
    }

    public boolean seriesEnded() {
        return seriesEnded;
    }

    public List<NotInvited> notInvited() {
        return notInvited;
    }

    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, plan, status, createdAt, createdBy, follows, openedAt, closedAt, closedBy,
                seriesEnded, notInvited, version);
    }

    /** All state of a round, for storage adapters. */
    public record Snapshot(PollRoundId id, Plan plan, PollRoundStatus status, Instant createdAt,
            AccountId createdBy, PollRoundId follows, Instant openedAt, Instant closedAt, AccountId closedBy,
            boolean seriesEnded, List<NotInvited> notInvited, long version) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PollRound other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "PollRound[" + id + " " + status + " v" + version + "]";
    }
}
