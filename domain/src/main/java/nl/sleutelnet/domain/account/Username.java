package nl.sleutelnet.domain.account;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.sleutelnet.domain.shared.DomainException;

/**
 * The name a user signs in with. Compared case-insensitively, so it is kept in lower case: 3 to 64
 * letters, digits, dots, hyphens, underscores or an at sign (an e-mail address works).
 */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    public Username {
        checkNotNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("account.username.invalid",
                    "'%s' is not a valid username: use 3 to 64 letters, digits, '.', '-', '_' or '@', "
                            + "starting with a letter or digit.", value);
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
