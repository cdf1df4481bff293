package nl.sleutelnet.domain.poll;

import java.util.Optional;
import nl.sleutelnet.domain.shared.LinkSecrets;

/**
 * The secret in a key person's personal poll link ({@code /peiling/<token>}): 32 random bytes written as 43
 * URL-safe base64 characters. It is mailed once and never stored: Sleutelnet keeps only its SHA-256 hash, as for API
 * tokens. A plain hash suffices because the secret is random and long.
 */
public final class PollToken {

    public static final int RANDOM_BYTES = LinkSecrets.RANDOM_BYTES;

    private final String value;

    private PollToken(String value) {
        this.value = value;
    }

    public static PollToken fromRandomBytes(byte[] random) {
        return new PollToken(LinkSecrets.encode(random, "a poll token"));
    }

    /** What a link carried; empty when it cannot be one of ours (so nothing is looked up). */
    public static Optional<PollToken> parse(String candidate) {
        return LinkSecrets.wellFormed(candidate) ? Optional.of(new PollToken(candidate))
                : Optional.empty();
    }

    /** Whether a stored value is the hash of a token (64 lower-case hex digits). */
    public static boolean isHash(String candidate) {
        return LinkSecrets.isHash(candidate);
    }

    /** The secret itself: for the mail only, never to be logged or stored. */
    public String reveal() {
        return value;
    }

    public String hash() {
        return LinkSecrets.hash(value);
    }

    @Override
    public String toString() {
        return "PollToken[***]";
    }
}
