package nl.sleutelnet.domain.account;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The secret part of an API token as the client sends it: {@code snt_} followed by 43 base64url characters
 * (32 random bytes). It is shown once when issued; Sleutelnet keeps only its SHA-256 hash. A plain hash is
 * enough here because the secret is random and long, unlike a password.
 */
public final class ApiTokenSecret {

    public static final String PREFIX = "snt_";
    public static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");

    private final String value;

    private ApiTokenSecret(String value) {
        this.value = value;
    }

    public static ApiTokenSecret fromRandomBytes(byte[] random) {
        checkArgument(random.length == RANDOM_BYTES, "an API token needs %s random bytes", RANDOM_BYTES);
        return new ApiTokenSecret(PREFIX + BaseEncoding.base64Url().omitPadding().encode(random));
    }

    /** Whether {@code candidate} has the form of a token; anything else cannot be one of ours. */
    public static boolean looksLikeToken(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    public static ApiTokenSecret parse(String candidate) {
        checkNotNull(candidate, "candidate");
        checkArgument(looksLikeToken(candidate), "not an API token");
        return new ApiTokenSecret(candidate);
    }

    /** The secret itself; show it once, never log it. */
    public String reveal() {
        return value;
    }

    public String hash() {
        return Hashing.sha256().hashString(value, StandardCharsets.US_ASCII).toString();
    }

    @Override
    public String toString() {
        return "ApiTokenSecret[***]";
    }
}
