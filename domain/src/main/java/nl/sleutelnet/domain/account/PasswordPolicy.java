package nl.sleutelnet.domain.account;

import nl.sleutelnet.domain.shared.Invariants;

/**
 * What a password must be, following OWASP ASVS level 2: at least 12 characters, at most 128, and not the
 * username. No composition rules (they make passwords weaker, not stronger); pass phrases are welcome.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, Username username) {
        Invariants.require(password != null && password.codePointCount(0, password.length()) >= MIN_LENGTH,
                "account.password.too-short", "A password needs at least %d characters.", MIN_LENGTH);
        Invariants.require(password.length() <= MAX_LENGTH, "account.password.too-long",
                "A password may be at most %d characters.", MAX_LENGTH);
        Invariants.require(!password.strip().equalsIgnoreCase(username.value()), "account.password.is-username",
                "A password cannot be the same as the username.");
    }
}
