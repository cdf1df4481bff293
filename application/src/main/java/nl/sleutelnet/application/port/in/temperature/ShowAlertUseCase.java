package nl.sleutelnet.application.port.in.temperature;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;

/** One alert, with its version for a later acknowledgement. */
public interface ShowAlertUseCase {

    AlertSummary showAlert(Actor actor, UUID alertId);
}
