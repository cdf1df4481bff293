package nl.sleutelnet.application.port.out;

/** Cryptographically strong random bytes, for API tokens and generated passwords. */
public interface SecretSource {

    byte[] randomBytes(int count);
}
