package nl.sleutelnet.domain.account;

import nl.sleutelnet.domain.shared.Invariants;

/**
 * What a password must be, following NIST SP 800-63B (revision 4) for a password that is the only factor: at least
 * 15 characters, at most 128 (any characters, spaces too), and not the username. No composition rules (they make
 * passwords weaker, not stronger); pass phrases are welcome. The check against common and leaked passwords needs the
 * shipped list and is {@link PasswordBlocklist}; the core applies both wherever a password is set.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 15;
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
