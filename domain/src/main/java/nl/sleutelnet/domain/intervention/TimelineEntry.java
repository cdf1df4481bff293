package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * One thing that happened to an intervention: every command adds exactly one entry, and entries are never changed or
 * removed.
 *
 * @param note    the writer's own words where the command has them (a reason, a task, a note); otherwise empty
 * @param subject what the entry is about, when it is a part of the intervention with an id of its own: the signal,
 *                the task, the participating member, the tagged dynamic or the new owner; otherwise null
 */
public record TimelineEntry(Kind kind, Instant at, AccountId actor, String note, UUID subject) {

    /** What happened. */
    public enum Kind {
        PLANNED, DESCRIBED, SCOPE_CHANGED, OWNER_CHANGED, SIGNAL_LINKED,
        PARTICIPANT_ADDED, PARTICIPANT_CHANGED, PARTICIPANT_REMOVED,
        TASK_ADDED, TASK_CHANGED, TASK_DONE, TASK_REOPENED,
        CAPACITY_ASSESSED, DYNAMIC_TAGGED, DYNAMIC_REMOVED, NOTE_ADDED,
        STARTED, INVOLVEMENT_CHANGED, WITHDRAWN, CLOSED
    }

    public TimelineEntry {
        checkNotNull(kind, "kind");
        at = Timestamps.stored(checkNotNull(at, "at"));
        checkNotNull(actor, "actor");
        note = note == null ? "" : note;
    }

    public Optional<UUID> about() {
        return Optional.ofNullable(subject);
    }
}
