package nl.sleutelnet.domain.network;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * A verbinding: a dated, typed relation between two members, with strength 1–5 and the last contact. A tie is
 * undirected; it is stored with its two ends in a fixed order so the same pair is always the same tie. A tie without
 * contact for the configured period counts as faded in the analysis.
 */
public final class Tie {

    private final TieId id;
    private final MemberRef a;
    private final MemberRef b;
    private final TieKind kind;
    private final int strength;
    private final LocalDate since;
    private final LocalDate lastContact;
    private final long version;

    private Tie(TieId id, MemberRef one, MemberRef other, TieKind kind, int strength, LocalDate since,
            LocalDate lastContact, long version) {
        this.id = checkNotNull(id, "id");
        checkNotNull(one, "one");
        checkNotNull(other, "other");
        Invariants.require(!one.equals(other), "tie.self", "A tie joins two different members.");
        this.a = one.compareTo(other) < 0 ? one : other;
        this.b = one.compareTo(other) < 0 ? other : one;
        this.kind = checkNotNull(kind, "kind");
        Invariants.require(strength >= 1 && strength <= 5, "tie.strength.invalid",
                "Strength is 1 (weak) to 5 (strong); it was %d.", strength);
        this.strength = strength;
        this.since = checkNotNull(since, "since");
        Invariants.require(lastContact == null || !lastContact.isBefore(since), "tie.last-contact.before-since",
                "The last contact (%s) cannot be before the tie began (%s).", lastContact, since);
        this.lastContact = lastContact;
        Invariants.require(version >= 0, "tie.version.invalid", "A version cannot be negative.");
        this.version = version;
    }

    public static Tie connect(TieId id, MemberRef one, MemberRef other, TieKind kind, int strength, LocalDate since,
            LocalDate lastContact) {
        return new Tie(id, one, other, kind, strength, since, lastContact, 0);
    }

    public static Tie reconstitute(Snapshot s) {
        return new Tie(s.id(), s.a(), s.b(), s.kind(), s.strength(), s.since(), s.lastContact(), s.version());
    }

    public Tie change(TieKind newKind, int newStrength, LocalDate newSince) {
        return new Tie(id, a, b, newKind, newStrength, newSince, lastContact, version);
    }

    public Tie recordContact(LocalDate on) {
        checkNotNull(on, "on");
        LocalDate latest = lastContact == null || on.isAfter(lastContact) ? on : lastContact;
        return new Tie(id, a, b, kind, strength, since, latest, version);
    }

    public boolean joins(MemberRef member) {
        return a.equals(member) || b.equals(member);
    }

    public MemberRef otherEnd(MemberRef member) {
        return a.equals(member) ? b : a;
    }

    public TieId id() {
        return id;
    }

    public MemberRef a() {
        return a;
    }

    public MemberRef b() {
        return b;
    }

    public TieKind kind() {
        return kind;
    }

    public int strength() {
        return strength;
    }

    public LocalDate since() {
        return since;
    }

    public Optional<LocalDate> lastContact() {
        return Optional.ofNullable(lastContact);
    }

    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, a, b, kind, strength, since, lastContact, version);
    }

    public record Snapshot(TieId id, MemberRef a, MemberRef b, TieKind kind, int strength, LocalDate since,
            LocalDate lastContact, long version) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tie other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Tie[" + a + " " + kind + " " + b + " " + strength + " v" + version + "]";
    }
}
