package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.intervention.InterventionType;

/** A new title, goal or type, against the version the user saw. */
public record DescribeInterventionCommand(@NotNull UUID interventionId, @NotBlank String title,
        @NotBlank String goal, @NotBlank String type, @PositiveOrZero long expectedVersion) {

    public DescribeInterventionCommand(UUID interventionId, String title, String goal, String type,
            long expectedVersion) {
        this.interventionId = interventionId;
        this.title = title;
        this.goal = goal;
        this.type = type;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("title", () -> InterventionText.required(title, Intervention.MAX_TITLE, "The title"))
                .field("goal", () -> InterventionText.required(goal, InterventionText.MAX_LENGTH, "The goal"))
                .field("type", () -> InterventionInput.parse(InterventionType.class, type,
                        "intervention.type.unknown")));
    }

    public Intervention.Description description() {
        return new Intervention.Description(title, goal,
                InterventionInput.parse(InterventionType.class, type, "intervention.type.unknown"));
    }
}
