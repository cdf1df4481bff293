package nl.sleutelnet.application.port.in.network;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;

/** Moves a key person along the lifecycle; activation needs a valid legal basis. */
public interface ChangeKeyPersonStatusUseCase {

    KeyPerson changeStatus(Actor actor, ChangeStatusCommand command);
}
