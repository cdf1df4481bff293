package nl.sleutelnet.application.port.in.network;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;

/** Registers a candidate key person, nominated by a member or put forward by staff. */
public interface RegisterKeyPersonUseCase {

    KeyPerson registerKeyPerson(Actor actor, RegisterKeyPersonCommand command);
}
