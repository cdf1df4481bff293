package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * Something to do, by someone on staff, by a day. Done is recorded with when and by whom.
 *
 * @param doneAt when it was done, or null while open
 * @param doneBy who marked it done, exactly when {@code doneAt} is set
 */
public record Task(TaskId id, String description, AccountId assignee, LocalDate due, Instant doneAt,
        AccountId doneBy) {

    public static final int MAX_DESCRIPTION = 500;

    public Task {
        checkNotNull(id, "id");
        description = InterventionText.required(description, MAX_DESCRIPTION, "The description of a task");
        checkNotNull(assignee, "assignee");
        checkNotNull(due, "due");
        doneAt = doneAt == null ? null : Timestamps.stored(doneAt);
        Invariants.require((doneAt == null) == (doneBy == null), "intervention.task.done.incomplete",
                "A done task records both when and by whom it was done.");
    }

    /** A new, open task. */
    public static Task open(TaskId id, String description, AccountId assignee, LocalDate due) {
        return new Task(id, description, assignee, due, null, null);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** Not done and due before {@code today}: a task due today is not yet overdue. */
    public boolean isOverdue(LocalDate today) {
        checkNotNull(today, "today");
        return !isDone() && due.isBefore(today);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(doneAt);
    }

    public Optional<AccountId> completedBy() {
        return Optional.ofNullable(doneBy);
    }

    Task change(String newDescription, AccountId newAssignee, LocalDate newDue) {
        return new Task(id, newDescription, newAssignee, newDue, doneAt, doneBy);
    }

    Task done(Instant at, AccountId by) {
        return new Task(id, description, assignee, due, checkNotNull(at, "at"), checkNotNull(by, "by"));
    }

    Task reopened() {
        return new Task(id, description, assignee, due, null, null);
    }
}
