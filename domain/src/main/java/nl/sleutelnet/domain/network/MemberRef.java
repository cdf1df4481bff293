package nl.sleutelnet.domain.network;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** Points at a member of the network, a key person or a partner, by id. Ties and nominations use it. */
public record MemberRef(MemberKind kind, UUID id) implements Comparable<MemberRef> {

    public MemberRef {
        checkNotNull(kind, "kind");
        checkNotNull(id, "id");
    }

    public static MemberRef keyPerson(UUID id) {
        return new MemberRef(MemberKind.KEY_PERSON, id);
    }

    public static MemberRef partner(UUID id) {
        return new MemberRef(MemberKind.PARTNER, id);
    }

    /** By kind, then by id. Written out rather than as a comparator chain: the network analysis sorts by it. */
    @Override
    public int compareTo(MemberRef other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return (kind == MemberKind.KEY_PERSON ? "key-person:" : "partner:") + id;
    }
}
