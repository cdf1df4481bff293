package nl.sleutelnet.bootstrap.support;

import java.security.SecureRandom;
import nl.sleutelnet.application.port.out.SecretSource;

public final class SecureRandomSecrets implements SecretSource {

    private final SecureRandom random = new SecureRandom();

    @Override
    public byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
