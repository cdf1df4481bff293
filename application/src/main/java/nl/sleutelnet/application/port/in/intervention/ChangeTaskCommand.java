package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.intervention.Task;
import nl.sleutelnet.domain.intervention.TaskId;

/** A new description, assignee or due day of an open task. */
public record ChangeTaskCommand(@NotNull UUID interventionId, @NotNull UUID taskId, @NotBlank String description,
        @NotNull UUID assignee, @NotNull LocalDate due, @PositiveOrZero long expectedVersion) {

    public ChangeTaskCommand(UUID interventionId, UUID taskId, String description, UUID assignee, LocalDate due,
            long expectedVersion) {
        this.interventionId = interventionId;
        this.taskId = taskId;
        this.description = description;
        this.assignee = assignee;
        this.due = due;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks.field("description", () -> InterventionText.required(
                description, Task.MAX_DESCRIPTION, "The description of a task")));
    }

    public TaskId task() {
        return new TaskId(taskId);
    }
}
