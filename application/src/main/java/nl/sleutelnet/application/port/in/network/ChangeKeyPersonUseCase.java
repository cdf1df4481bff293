package nl.sleutelnet.application.port.in.network;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;

/** Changes a key person's profile; refused (STALE) when someone else changed it meanwhile. */
public interface ChangeKeyPersonUseCase {

    KeyPerson changeKeyPerson(Actor actor, ChangeKeyPersonCommand command);
}
