package nl.sleutelnet.domain.network;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

public record KeyPersonId(UUID value) {

    public KeyPersonId {
        checkNotNull(value, "value");
    }

    public MemberRef asMember() {
        return MemberRef.keyPerson(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
