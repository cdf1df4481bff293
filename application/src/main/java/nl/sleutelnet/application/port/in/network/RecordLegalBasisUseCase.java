package nl.sleutelnet.application.port.in.network;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;

/** Records the legal basis (consent or another ground) on which a key person's data is processed. */
public interface RecordLegalBasisUseCase {

    KeyPerson recordLegalBasis(Actor actor, UUID keyPersonId, LegalBasisInput basis, long expectedVersion);
}
