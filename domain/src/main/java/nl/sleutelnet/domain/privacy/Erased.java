package nl.sleutelnet.domain.privacy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/**
 * What stands in the place of forgotten personal data (an erasure under GDPR article 17, or a retention term that ran
 * out): neutral texts, and placeholder ids that point at nobody.
 *
 * <p>A placeholder id is made from a fresh random id the application hands over, so it cannot be computed back from
 * the person's id; within one signal or intervention the same person gets the same placeholder (so that counts such
 * as independent sources or participants stay what they were), across records they differ (so that nobody can link
 * the records of one forgotten person). A placeholder is recognisable: its UUID version and variant bits are zero,
 * which no generated id has.
 */
public final class Erased {

    /** Stands for a key person whose data was erased. */
    public static final String KEY_PERSON = "verwijderde sleutelpersoon";
    /** Stands for a member of the network (key person or partner) whose link was removed by a retention term. */
    public static final String MEMBER = "verwijderde deelnemer";
    /** Stands for a free text that was removed. */
    public static final String TEXT = "[tekst verwijderd]";

    private static final long VERSION_BITS = 0xF000L;
    private static final long VARIANT_BITS = 0xC000_0000_0000_0000L;

    private Erased() {
    }

    /** A placeholder id made from a fresh random id. */
    public static UUID placeholder(UUID random) {
        checkNotNull(random, "random");
        return new UUID(random.getMostSignificantBits() & ~VERSION_BITS,
                random.getLeastSignificantBits() & ~VARIANT_BITS);
    }

    /** Whether an id is a placeholder: version and variant bits zero. */
    public static boolean isPlaceholder(UUID id) {
        return id != null && (id.getMostSignificantBits() & VERSION_BITS) == 0
                && (id.getLeastSignificantBits() & VARIANT_BITS) == 0;
    }
}
