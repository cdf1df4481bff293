package nl.sleutelnet.domain.network;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * One step in a key person's lifecycle: from, to, when, why and by whom. The first step of every key person has
 * {@code from == null} (registration as a candidate).
 */
public record StatusChange(KeyPersonStatus from, KeyPersonStatus to, Instant at, String reason, AccountId actor) {

    public static final int MAX_REASON = 500;

    public StatusChange {
        checkNotNull(to, "to");
        at = Timestamps.stored(checkNotNull(at, "at"));
        reason = Invariants.requireText(reason, MAX_REASON, "key-person.status.reason", "The reason for a change");
        checkNotNull(actor, "actor");
    }
}
