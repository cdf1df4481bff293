package nl.sleutelnet.domain.network;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

public record PartnerId(UUID value) {

    public PartnerId {
        checkNotNull(value, "value");
    }

    public MemberRef asMember() {
        return MemberRef.partner(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
