package nl.sleutelnet.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The secrets in personal links (poll links, "Mijn Sleutelnet" links): 32 random bytes written as 43 URL-safe base64
 * characters, stored only as their SHA-256 hash. A plain hash suffices because the secret is random and long.
 */
public final class LinkSecrets {

    public static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private LinkSecrets() {
    }

    /** @param what names the secret in the error, e.g. "a poll token" */
    public static String encode(byte[] random, String what) {
        checkArgument(random.length == RANDOM_BYTES, "%s needs %s random bytes", what, RANDOM_BYTES);
        return BaseEncoding.base64Url().omitPadding().encode(random);
    }

    /** Whether a link or cookie carried something that can be one of ours (so that nothing else is looked up). */
    public static boolean wellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    /** Whether a stored value is the hash of a secret (64 lower-case hex digits). */
    public static boolean isHash(String candidate) {
        return candidate != null && HASH.matcher(candidate).matches();
    }

    public static String hash(String secret) {
        return Hashing.sha256().hashString(secret, StandardCharsets.US_ASCII).toString();
    }
}
