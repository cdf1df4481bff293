package nl.sleutelnet.bootstrap.support;

import nl.sleutelnet.application.port.out.PasswordHasher;
import nl.sleutelnet.domain.account.PasswordHash;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Passwords hashed with BCrypt (cost 12), through Spring Security's encoder. */
public final class BCryptPasswordHasher implements PasswordHasher {

    private final BCryptPasswordEncoder encoder;

    public BCryptPasswordHasher(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    @Override
    public PasswordHash hash(String rawPassword) {
        return new PasswordHash(encoder.encode(rawPassword));
    }

    @Override
    public boolean matches(String rawPassword, PasswordHash hash) {
        return encoder.matches(rawPassword, hash.value());
    }
}
