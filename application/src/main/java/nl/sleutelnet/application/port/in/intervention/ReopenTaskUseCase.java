package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** Opens a done task again, with the reason. */
public interface ReopenTaskUseCase {

    Intervention reopenTask(Actor actor, ReopenTaskCommand command);
}
