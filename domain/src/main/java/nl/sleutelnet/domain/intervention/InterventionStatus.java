package nl.sleutelnet.domain.intervention;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code PLANNED → ACTIVE → CLOSED}. Starting needs a capacity assessment and exit criteria; closing needs an
 * evaluation. CLOSED is final: nothing changes after it.
 */
public enum InterventionStatus {
    PLANNED, ACTIVE, CLOSED;

    public Set<InterventionStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(InterventionStatus.class);
        };
    }

    public boolean mayBecome(InterventionStatus target) {
        return next().contains(target);
    }
}
