package nl.sleutelnet.application.port.in.network;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.Partner;

/** Changes a partner, or makes it inactive; refused (STALE) when someone else changed it meanwhile. */
public interface ChangePartnerUseCase {

    Partner changePartner(Actor actor, PartnerCommand command);
}
