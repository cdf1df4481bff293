package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.intervention.TaskId;

/** A done task opened again, with the reason (required). */
public record ReopenTaskCommand(@NotNull UUID interventionId, @NotNull UUID taskId, @NotBlank String reason,
        @PositiveOrZero long expectedVersion) {

    public ReopenTaskCommand(UUID interventionId, UUID taskId, String reason, long expectedVersion) {
        this.interventionId = interventionId;
        this.taskId = taskId;
        this.reason = reason;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks.field("reason", () -> InterventionText.required(reason,
                Intervention.MAX_NOTE, "The reason to reopen a task")));
    }

    public TaskId task() {
        return new TaskId(taskId);
    }
}
