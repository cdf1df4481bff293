package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.intervention.Task;

/**
 * A new task: what, who (an enabled coordinator or professional account) and by which day. A due day in the past is
 * allowed (the task is overdue at once), as work is often recorded after the fact.
 */
public record AddTaskCommand(@NotNull UUID interventionId, @NotBlank String description, @NotNull UUID assignee,
        @NotNull LocalDate due, @PositiveOrZero long expectedVersion) {

    public AddTaskCommand(UUID interventionId, String description, UUID assignee, LocalDate due,
            long expectedVersion) {
        this.interventionId = interventionId;
        this.description = description;
        this.assignee = assignee;
        this.due = due;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks.field("description", () -> InterventionText.required(
                description, Task.MAX_DESCRIPTION, "The description of a task")));
    }
}
