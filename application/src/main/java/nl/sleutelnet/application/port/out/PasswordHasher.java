package nl.sleutelnet.application.port.out;

import nl.sleutelnet.domain.account.PasswordHash;

/** Turns passwords into slow, salted hashes and checks them. The bootstrap plugs in BCrypt. */
public interface PasswordHasher {

    PasswordHash hash(String rawPassword);

    boolean matches(String rawPassword, PasswordHash hash);

    /**
     * A hash to check a password against when the username is unknown, so that a wrong name takes as long as a wrong
     * password: checking a password against it must cost what checking against a hash of {@link #hash} costs. Whether
     * anything matches it does not matter (the core refuses the sign-in either way). Default: a hash of a fixed phrase,
     * made when asked; a hasher may give one made in advance, which saves making one at every start.
     */
    default PasswordHash decoy() {
        return hash("decoy-password-that-matches-nothing");
    }
}
