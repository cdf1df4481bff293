package nl.sleutelnet.application.port.in.network;

import java.time.LocalDate;
import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;

/** Records contact with a key person on a day (the latest contact is kept). */
public interface RecordContactUseCase {

    KeyPerson recordContact(Actor actor, UUID keyPersonId, LocalDate on);
}
