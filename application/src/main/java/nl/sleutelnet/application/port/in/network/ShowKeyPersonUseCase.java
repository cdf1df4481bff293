package nl.sleutelnet.application.port.in.network;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;

/** One key person; a professional sees only those active in their own buurten (others are NOT_FOUND). */
public interface ShowKeyPersonUseCase {

    KeyPerson showKeyPerson(Actor actor, UUID keyPersonId);
}
