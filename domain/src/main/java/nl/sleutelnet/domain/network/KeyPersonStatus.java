package nl.sleutelnet.domain.network;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a key person stands. {@code CANDIDATE → ACTIVE → PAUSED → DEPARTED}, back from PAUSED to ACTIVE, and
 * DEPARTED from any other state (a candidate who declines, an active key person who moves away). DEPARTED is final.
 */
public enum KeyPersonStatus {
    CANDIDATE, ACTIVE, PAUSED, DEPARTED;

    public Set<KeyPersonStatus> next() {
        return switch (this) {
            case CANDIDATE -> EnumSet.of(ACTIVE, DEPARTED);
            case ACTIVE -> EnumSet.of(PAUSED, DEPARTED);
            case PAUSED -> EnumSet.of(ACTIVE, DEPARTED);
            case DEPARTED -> EnumSet.noneOf(KeyPersonStatus.class);
        };
    }

    public boolean mayBecome(KeyPersonStatus target) {
        return next().contains(target);
    }
}
