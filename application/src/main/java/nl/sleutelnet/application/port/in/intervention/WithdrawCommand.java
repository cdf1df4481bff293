package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.intervention.InvolvementStep;

/**
 * Terugtrekken: step back to WITHDRAWN. Allowed when the scope's computed temperature has stayed at or below the exit
 * level for the exit period; otherwise only with a justification, which is recorded.
 *
 * @param justification why stepping back is responsible although the temperature does not (yet) allow it; empty
 *                      when it does
 */
public record WithdrawCommand(@NotNull UUID interventionId, @NotBlank String reason, String justification,
        @PositiveOrZero long expectedVersion) {

    public WithdrawCommand(UUID interventionId, String reason, String justification, long expectedVersion) {
        this.interventionId = interventionId;
        this.reason = reason;
        this.justification = justification;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("reason", () -> InterventionText.required(reason, InvolvementStep.MAX_REASON,
                        "The reason for a change of involvement"))
                .field("justification", () -> InterventionText.optional(justification, InterventionText.MAX_LENGTH,
                        "The justification for stepping back")));
    }
}
