package nl.sleutelnet.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;

/**
 * The secrets in personal links (poll links, "Mijn Sleutelnet" links): 32 random bytes written as 43 URL-safe base64
 * characters, stored only as their SHA-256 hash. A plain hash suffices because the secret is random and long.
 */
public final class LinkSecrets {

    public static final int RANDOM_BYTES = 32;
    /** The length of a secret: 32 bytes in base64 without padding. */
    private static final int SECRET_LENGTH = 43;
    /** The length of a SHA-256 hash in hex. */
    private static final int HASH_LENGTH = 64;

    private LinkSecrets() {
    }

    /** @param what names the secret in the error, e.g. "a poll token" */
    public static String encode(byte[] random, String what) {
        checkArgument(random.length == RANDOM_BYTES, "%s needs %s random bytes", what, RANDOM_BYTES);
        return BaseEncoding.base64Url().omitPadding().encode(random);
    }

    /**
     * Whether a link or cookie carried something that can be one of ours (so that nothing else is looked up): 43
     * characters of {@code [A-Za-z0-9_-]}.
     */
    public static boolean wellFormed(String candidate) {
        if (candidate == null || candidate.length() != SECRET_LENGTH) {
            return false;
        }
        for (int i = 0; i < SECRET_LENGTH; i++) {
            char c = candidate.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a stored value is the hash of a secret: 64 lower-case hex digits ({@code [0-9a-f]}). A loop, not a
     * regular expression: an invitation checks its hashes every time it is made or read back.
     */
    public static boolean isHash(String candidate) {
        if (candidate == null || candidate.length() != HASH_LENGTH) {
            return false;
        }
        for (int i = 0; i < HASH_LENGTH; i++) {
            char c = candidate.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    public static String hash(String secret) {
        return Hashing.sha256().hashString(secret, StandardCharsets.US_ASCII).toString();
    }
}
