package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.intervention.Outcome;

/**
 * ACTIVE → CLOSED with the evaluation as staff write it. The scope's temperature at the start and at the close are
 * not part of it: the service computes them.
 *
 * @param outcome EFFECTIVE, PARTLY, NOT_EFFECTIVE or UNKNOWN
 */
public record CloseInterventionCommand(@NotNull UUID interventionId, @NotBlank String outcome,
        @NotBlank String lessons, @NotBlank String followUp, @PositiveOrZero long expectedVersion) {

    public CloseInterventionCommand(UUID interventionId, String outcome, String lessons, String followUp,
            long expectedVersion) {
        this.interventionId = interventionId;
        this.outcome = outcome;
        this.lessons = lessons;
        this.followUp = followUp;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("outcome", this::parsedOutcome)
                .field("lessons", () -> InterventionText.required(lessons, InterventionText.MAX_LENGTH,
                        "The lessons learned"))
                .field("followUp", () -> InterventionText.required(followUp, InterventionText.MAX_LENGTH,
                        "The follow-up")));
    }

    public Outcome parsedOutcome() {
        return InterventionInput.parse(Outcome.class, outcome, "intervention.outcome.unknown");
    }
}
