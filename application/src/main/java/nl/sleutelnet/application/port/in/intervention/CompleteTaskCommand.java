package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.intervention.TaskId;

/** A task done, with an optional note on how it went. */
public record CompleteTaskCommand(@NotNull UUID interventionId, @NotNull UUID taskId, String note,
        @PositiveOrZero long expectedVersion) {

    public CompleteTaskCommand(UUID interventionId, UUID taskId, String note, long expectedVersion) {
        this.interventionId = interventionId;
        this.taskId = taskId;
        this.note = note;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks.field("note", () -> InterventionText.optional(note,
                Intervention.MAX_NOTE, "The note")));
    }

    public TaskId task() {
        return new TaskId(taskId);
    }
}
