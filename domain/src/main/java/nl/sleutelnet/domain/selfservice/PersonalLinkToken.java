package nl.sleutelnet.domain.selfservice;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a key person's "Mijn Sleutelnet" link ({@code /mijn-sleutelnet/<token>}): 32 random bytes written as
 * 43 URL-safe base64 characters, like a poll link. It is mailed once and never stored: Sleutelnet keeps only its
 * SHA-256 hash. A plain hash suffices because the secret is random and long.
 */
public final class PersonalLinkToken {

    public static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final String value;

    private PersonalLinkToken(String value) {
        this.value = value;
    }

    public static PersonalLinkToken fromRandomBytes(byte[] random) {
        checkArgument(random.length == RANDOM_BYTES, "a personal link needs %s random bytes", RANDOM_BYTES);
        return new PersonalLinkToken(BaseEncoding.base64Url().omitPadding().encode(random));
    }

    /** What a link or cookie carried; empty when it cannot be one of ours (so nothing is looked up). */
    public static Optional<PersonalLinkToken> parse(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches()
                ? Optional.of(new PersonalLinkToken(candidate)) : Optional.empty();
    }

    /** Whether a stored value is the hash of a token (64 lower-case hex digits). */
    public static boolean isHash(String candidate) {
        return candidate != null && HASH.matcher(candidate).matches();
    }

    /** The secret itself: for the mail and the key person's cookie only, never to be logged or stored. */
    public String reveal() {
        return value;
    }

    public String hash() {
        return Hashing.sha256().hashString(value, StandardCharsets.US_ASCII).toString();
    }

    @Override
    public String toString() {
        return "PersonalLinkToken[***]";
    }
}
