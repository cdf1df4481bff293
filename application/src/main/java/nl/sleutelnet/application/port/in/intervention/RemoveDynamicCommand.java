package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.DynamicTagId;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionText;

/** Removes a tagged dynamic that no longer fits; the reason is optional. */
public record RemoveDynamicCommand(@NotNull UUID interventionId, @NotNull UUID tagId, String reason,
        @PositiveOrZero long expectedVersion) {

    public RemoveDynamicCommand(UUID interventionId, UUID tagId, String reason, long expectedVersion) {
        this.interventionId = interventionId;
        this.tagId = tagId;
        this.reason = reason;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks.field("reason", () -> InterventionText.optional(reason,
                Intervention.MAX_NOTE, "The reason")));
    }

    public DynamicTagId tag() {
        return new DynamicTagId(tagId);
    }
}
