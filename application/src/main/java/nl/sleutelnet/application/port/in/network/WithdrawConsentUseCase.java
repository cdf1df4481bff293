package nl.sleutelnet.application.port.in.network;

import java.time.LocalDate;
import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;

/** The key person withdraws consent: it takes effect at once (an active key person pauses), whatever else changed meanwhile. */
public interface WithdrawConsentUseCase {

    KeyPerson withdrawConsent(Actor actor, UUID keyPersonId, LocalDate on);
}
