package nl.sleutelnet.domain.account;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

public record AccountId(UUID value) {

    public AccountId {
        checkNotNull(value, "value");
    }

    public static AccountId of(String value) {
        return new AccountId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
