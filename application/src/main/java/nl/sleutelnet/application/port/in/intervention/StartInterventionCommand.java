package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.ExitCriteria;
import nl.sleutelnet.domain.temperature.Level;

/**
 * PLANNED → ACTIVE with the exit criteria agreed now: stepping back is allowed when the scope's temperature has stayed
 * at or below {@code exitLevel} for {@code exitDays} days in a row.
 *
 * @param exitLevel CALM, TENSE or HEATED
 * @param exitDays  1 to 365
 */
public record StartInterventionCommand(@NotNull UUID interventionId, @NotBlank String exitLevel,
        @NotNull Integer exitDays, @PositiveOrZero long expectedVersion) {

    public StartInterventionCommand(UUID interventionId, String exitLevel, Integer exitDays, long expectedVersion) {
        this.interventionId = interventionId;
        this.exitLevel = exitLevel;
        this.exitDays = exitDays;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("exitLevel", () -> new ExitCriteria(level(), ExitCriteria.MAX_DAYS))
                .field("exitDays", () -> new ExitCriteria(Level.CALM, exitDays)));
    }

    public ExitCriteria criteria() {
        return new ExitCriteria(level(), exitDays);
    }

    private Level level() {
        return InterventionInput.parse(Level.class, exitLevel, "intervention.exit-level.invalid");
    }
}
