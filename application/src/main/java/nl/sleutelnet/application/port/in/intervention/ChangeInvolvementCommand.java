package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.intervention.InvolvementStep;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * Op- en afschalen: to LEAD, CONTRIBUTE or MONITOR, up or down, with the reason. Stepping back to WITHDRAWN is
 * {@link WithdrawCommand}: it is guarded by the temperature.
 */
public record ChangeInvolvementCommand(@NotNull UUID interventionId, @NotBlank String involvement,
        @NotBlank String reason, @PositiveOrZero long expectedVersion) {

    public ChangeInvolvementCommand(UUID interventionId, String involvement, String reason, long expectedVersion) {
        this.interventionId = interventionId;
        this.involvement = involvement;
        this.reason = reason;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("involvement", this::target)
                .field("reason", () -> InterventionText.required(reason, InvolvementStep.MAX_REASON,
                        "The reason for a change of involvement")));
    }

    public Involvement target() {
        Involvement parsed = InterventionInput.parse(Involvement.class, involvement,
                "intervention.involvement.unknown");
        Invariants.require(parsed != Involvement.WITHDRAWN, "intervention.involvement.guarded",
                "Stepping back to WITHDRAWN is guarded by the scope's temperature: withdraw instead.");
        return parsed;
    }
}
