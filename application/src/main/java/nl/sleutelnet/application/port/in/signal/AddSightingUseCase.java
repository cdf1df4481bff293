package nl.sleutelnet.application.port.in.signal;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.signal.Signal;

/** The same tension seen again: a sighting of an existing signal, not a new signal. */
public interface AddSightingUseCase {

    Signal addSighting(Actor actor, SightingCommand command);
}
