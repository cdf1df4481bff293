package nl.sleutelnet.domain.account;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** A password as stored: only ever the hash, produced by the {@code PasswordHasher} port. */
public record PasswordHash(String value) {

    public PasswordHash {
        checkNotNull(value, "value");
        checkArgument(!value.isBlank(), "a password hash cannot be blank");
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
