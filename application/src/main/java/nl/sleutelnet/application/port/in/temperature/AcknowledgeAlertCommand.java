package nl.sleutelnet.application.port.in.temperature;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.temperature.AlertId;

/** Marks an alert as seen, against the version the coordinator saw. */
public record AcknowledgeAlertCommand(@NotNull UUID alertId, @PositiveOrZero long expectedVersion) {

    public AcknowledgeAlertCommand(UUID alertId, long expectedVersion) {
        this.alertId = alertId;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this);
    }

    public AlertId id() {
        return new AlertId(alertId);
    }
}
