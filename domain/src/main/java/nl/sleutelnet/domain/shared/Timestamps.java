package nl.sleutelnet.domain.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Moments are kept to the microsecond, the precision PostgreSQL and H2 store. Aggregates round their times
 * on creation, so an aggregate read back from any adapter equals the one that was saved.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
