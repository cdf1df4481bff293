package nl.sleutelnet.domain.network;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.UUID;

/** Points at a member of the network, a key person or a partner, by id. Ties and nominations use it. */
public record MemberRef(MemberKind kind, UUID id) implements Comparable<MemberRef> {

    private static final Comparator<MemberRef> ORDER = Comparator.comparing(MemberRef::kind)
            .thenComparing(MemberRef::id);

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

    @Override
    public int compareTo(MemberRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return (kind == MemberKind.KEY_PERSON ? "key-person:" : "partner:") + id;
    }
}
