package nl.sleutelnet.bootstrap.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import nl.sleutelnet.application.port.out.PasswordHasher;
import nl.sleutelnet.domain.account.PasswordHash;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords hashed with BCrypt (cost 12), through Spring Security's encoder. BCrypt reads at most 72 bytes: a longer
 * pass phrase (the policy allows 128 characters, which may be more bytes) is first reduced to its SHA-256 digest, so
 * that every character counts and a long phrase is never refused.
 */
public final class BCryptPasswordHasher implements PasswordHasher {

    static final int BCRYPT_MAX_BYTES = 72;

    /**
     * The decoy at the default cost 12, made once in advance: a bcrypt hash of a random phrase that was thrown away.
     * Checking a password against it costs what checking against any cost-12 hash costs (the cost is in the hash),
     * and a start no longer spends a bcrypt hash (about half a second of CPU here) making one.
     */
    static final PasswordHash DECOY_AT_COST_12 =
            new PasswordHash("$2a$12$As769CMKQL1h5pGGwLMrUu9JCLg2XsE6vN/s6n2P3S5TB8NMKsN9y");

    private final BCryptPasswordEncoder encoder;
    private final int strength;

    public BCryptPasswordHasher(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
        this.strength = strength;
    }

    @Override
    public PasswordHash hash(String rawPassword) {
        return new PasswordHash(encoder.encode(input(rawPassword)));
    }

    @Override
    public boolean matches(String rawPassword, PasswordHash hash) {
        return encoder.matches(input(rawPassword), hash.value());
    }

    /** At cost 12 the one made in advance; at any other cost one made now, at that cost. */
    @Override
    public PasswordHash decoy() {
        return strength == 12 ? DECOY_AT_COST_12 : PasswordHasher.super.decoy();
    }

    private static String input(String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= BCRYPT_MAX_BYTES) {
            return raw;
        }
        try {
            return "sha256:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
