package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** Records the capacity assessment (coordinator); the key persons and partners present in the scope are drawn from the network now. */
public interface AssessCapacityUseCase {

    Intervention assessCapacity(Actor actor, AssessCapacityCommand command);
}
