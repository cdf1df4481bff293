package nl.sleutelnet.application.port.in.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;

public record RemoveCostCommand(@NotNull UUID costId, @PositiveOrZero long expectedVersion) {

    public RemoveCostCommand(UUID costId, long expectedVersion) {
        this.costId = costId;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this);
    }
}
