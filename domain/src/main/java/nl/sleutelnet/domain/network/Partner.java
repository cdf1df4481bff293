package nl.sleutelnet.domain.network;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Set;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * An organisation or professional in the network: a wijkagent, a welfare organisation, a housing corporation, a
 * school, a faith organisation, a sports club. Serves one or more buurten. A partner that leaves the network is made
 * inactive, not deleted.
 */
public final class Partner {

    public static final int MAX_NAME = 120;
    public static final int MAX_NOTES = 1000;

    private final PartnerId id;
    private final String name;
    private final PartnerKind kind;
    private final Set<NeighbourhoodCode> neighbourhoods;
    private final ContactDetails contact;
    private final String notes;
    private final boolean active;
    private final long version;

    private Partner(PartnerId id, String name, PartnerKind kind, Set<NeighbourhoodCode> neighbourhoods,
            ContactDetails contact, String notes, boolean active, long version) {
        this.id = checkNotNull(id, "id");
        this.name = Invariants.requireText(name, MAX_NAME, "partner.name.invalid", "The name of a partner");
        this.kind = checkNotNull(kind, "kind");
        checkNotNull(neighbourhoods, "neighbourhoods");
        Invariants.require(!neighbourhoods.isEmpty(), "partner.neighbourhoods.empty",
                "Name at least one buurt the partner serves.");
        this.neighbourhoods = ImmutableSortedSet.copyOf(neighbourhoods);
        this.contact = contact == null ? ContactDetails.none() : contact;
        this.notes = notes == null ? "" : notes.strip();
        Invariants.require(this.notes.length() <= MAX_NOTES, "partner.notes.too-long",
                "Notes may be at most %d characters.", MAX_NOTES);
        this.active = active;
        Invariants.require(version >= 0, "partner.version.invalid", "A version cannot be negative.");
        this.version = version;
    }

    public static Partner register(PartnerId id, String name, PartnerKind kind, Set<NeighbourhoodCode> neighbourhoods,
            ContactDetails contact, String notes) {
        return new Partner(id, name, kind, neighbourhoods, contact, notes, true, 0);
    }

    public static Partner reconstitute(Snapshot s) {
        return new Partner(s.id(), s.name(), s.kind(), s.neighbourhoods(), s.contact(), s.notes(), s.active(),
                s.version());
    }

    public Partner change(String newName, PartnerKind newKind, Set<NeighbourhoodCode> newNeighbourhoods,
            ContactDetails newContact, String newNotes, boolean nowActive) {
        return new Partner(id, newName, newKind, newNeighbourhoods, newContact, newNotes, nowActive, version);
    }

    public PartnerId id() {
        return id;
    }

    public MemberRef asMember() {
        return id.asMember();
    }

    public String name() {
        return name;
    }

    public PartnerKind kind() {
        return kind;
    }

    public Set<NeighbourhoodCode> neighbourhoods() {
        return neighbourhoods;
    }

    public ContactDetails contact() {
        return contact;
    }

    public String notes() {
        return notes;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, name, kind, neighbourhoods, contact, notes, active, version);
    }

    public record Snapshot(PartnerId id, String name, PartnerKind kind, Set<NeighbourhoodCode> neighbourhoods,
            ContactDetails contact, String notes, boolean active, long version) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partner other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Partner[" + id + " '" + name + "' " + kind + (active ? "" : " inactive") + " v" + version + "]";
    }
}
