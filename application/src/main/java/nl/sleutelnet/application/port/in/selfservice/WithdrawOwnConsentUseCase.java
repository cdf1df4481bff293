package nl.sleutelnet.application.port.in.selfservice;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;

/**
 * The key person withdraws their consent through their link: effective at once, they depart with the reason
 * "Toestemming ingetrokken" (no more polls or mails; the link shows their data but changes nothing any more). Only
 * when consent is the basis and still valid.
 */
public interface WithdrawOwnConsentUseCase {

    KeyPerson withdrawOwnConsent(Actor actor, UUID keyPersonId);
}
