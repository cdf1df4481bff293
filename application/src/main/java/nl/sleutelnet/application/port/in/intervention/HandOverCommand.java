package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;

/** Another owner (an enabled coordinator or professional account), against the version the user saw. */
public record HandOverCommand(@NotNull UUID interventionId, @NotNull UUID owner,
        @PositiveOrZero long expectedVersion) {

    public HandOverCommand(UUID interventionId, UUID owner, long expectedVersion) {
        this.interventionId = interventionId;
        this.owner = owner;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this);
    }
}
