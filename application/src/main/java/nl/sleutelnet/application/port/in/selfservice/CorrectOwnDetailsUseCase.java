package nl.sleutelnet.application.port.in.selfservice;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;

/** The key person corrects their own name and contact details directly (GDPR art. 16), through their link. */
public interface CorrectOwnDetailsUseCase {

    KeyPerson correctOwnDetails(Actor actor, CorrectOwnDetailsCommand command);
}
