package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;

/**
 * Another signal this intervention takes up, against the version of the intervention the user saw. The signal must be
 * ASSESSED (it becomes ACTED with this intervention) and share a buurt and a theme with the scope.
 */
public record LinkSignalCommand(@NotNull UUID interventionId, @NotNull UUID signalId,
        @PositiveOrZero long expectedVersion) {

    public LinkSignalCommand(UUID interventionId, UUID signalId, long expectedVersion) {
        this.interventionId = interventionId;
        this.signalId = signalId;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this);
    }
}
