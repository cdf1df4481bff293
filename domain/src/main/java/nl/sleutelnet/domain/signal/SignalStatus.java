package nl.sleutelnet.domain.signal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The working cycle signaleren → duiden → handelen: {@code RECEIVED → ASSESSED → ACTED | NO_ACTION → CLOSED}.
 */
public enum SignalStatus {
    RECEIVED, ASSESSED, ACTED, NO_ACTION, CLOSED;

    public Set<SignalStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ASSESSED);
            case ASSESSED -> EnumSet.of(ACTED, NO_ACTION);
            case ACTED, NO_ACTION -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(SignalStatus.class);
        };
    }
}
