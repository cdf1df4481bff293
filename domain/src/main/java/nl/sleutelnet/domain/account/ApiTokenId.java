package nl.sleutelnet.domain.account;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

public record ApiTokenId(UUID value) {

    public ApiTokenId {
        checkNotNull(value, "value");
    }

    public static ApiTokenId of(String value) {
        return new ApiTokenId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
