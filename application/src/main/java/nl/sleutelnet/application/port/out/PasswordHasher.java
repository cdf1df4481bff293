package nl.sleutelnet.application.port.out;

import nl.sleutelnet.domain.account.PasswordHash;

/** Turns passwords into slow, salted hashes and checks them. The bootstrap plugs in BCrypt. */
public interface PasswordHasher {

    PasswordHash hash(String rawPassword);

    boolean matches(String rawPassword, PasswordHash hash);
}
