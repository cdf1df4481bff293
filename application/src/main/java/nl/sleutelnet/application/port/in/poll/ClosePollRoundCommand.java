package nl.sleutelnet.application.port.in.poll;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;

/**
 * Closes a round before its time (or cancels a scheduled one), against the version the coordinator saw.
 *
 * @param endSeries for a recurring round: plan no next round (this was the last)
 */
public record ClosePollRoundCommand(@NotNull UUID roundId, boolean endSeries, @PositiveOrZero long expectedVersion) {

    public ClosePollRoundCommand(UUID roundId, boolean endSeries, long expectedVersion) {
        this.roundId = roundId;
        this.endSeries = endSeries;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this);
    }
}
