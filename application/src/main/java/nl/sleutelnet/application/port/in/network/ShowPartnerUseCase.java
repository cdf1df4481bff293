package nl.sleutelnet.application.port.in.network;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.Partner;

/** One partner. */
public interface ShowPartnerUseCase {

    Partner showPartner(Actor actor, UUID partnerId);
}
