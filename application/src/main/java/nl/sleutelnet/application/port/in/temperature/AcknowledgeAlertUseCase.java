package nl.sleutelnet.application.port.in.temperature;

import nl.sleutelnet.domain.access.Actor;

/** "Seen": a coordinator has looked at the alert. It says nothing about what was done. */
public interface AcknowledgeAlertUseCase {

    AlertSummary acknowledgeAlert(Actor actor, AcknowledgeAlertCommand command);
}
