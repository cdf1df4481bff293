package nl.sleutelnet.domain.signal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * One step in a signal's history: what happened, when, and by whom (null when an outside reporter, such as a key
 * person using their personal link, did it).
 */
public record SignalEvent(Kind kind, Instant at, AccountId actor, String note) {

    public enum Kind { REPORTED, SIGHTING_ADDED, ASSIGNED, ASSESSED, ACTED, NO_ACTION, CLOSED }

    public SignalEvent {
        checkNotNull(kind, "kind");
        at = Timestamps.stored(checkNotNull(at, "at"));
        note = note == null ? "" : note;
    }
}
