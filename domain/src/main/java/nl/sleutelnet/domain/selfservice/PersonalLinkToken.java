package nl.sleutelnet.domain.selfservice;

import java.util.Optional;
import nl.sleutelnet.domain.shared.LinkSecrets;

/**
 * The secret in a key person's "Mijn Sleutelnet" link ({@code /mijn-sleutelnet/<token>}): 32 random bytes written as
 * 43 URL-safe base64 characters, like a poll link. It is mailed once and never stored: Sleutelnet keeps only its
 * SHA-256 hash. A plain hash suffices because the secret is random and long.
 */
public final class PersonalLinkToken {

    public static final int RANDOM_BYTES = LinkSecrets.RANDOM_BYTES;

    private final String value;

    private PersonalLinkToken(String value) {
        this.value = value;
    }

    public static PersonalLinkToken fromRandomBytes(byte[] random) {
        return new PersonalLinkToken(LinkSecrets.encode(random, "a personal link"));
    }

    /** What a link or cookie carried; empty when it cannot be one of ours (so nothing is looked up). */
    public static Optional<PersonalLinkToken> parse(String candidate) {
        return LinkSecrets.wellFormed(candidate)
                ? Optional.of(new PersonalLinkToken(candidate)) : Optional.empty();
    }

    /** Whether a stored value is the hash of a token (64 lower-case hex digits). */
    public static boolean isHash(String candidate) {
        return LinkSecrets.isHash(candidate);
    }

    /** The secret itself: for the mail and the key person's cookie only, never to be logged or stored. */
    public String reveal() {
        return value;
    }

    public String hash() {
        return LinkSecrets.hash(value);
    }

    @Override
    public String toString() {
        return "PersonalLinkToken[***]";
    }
}
