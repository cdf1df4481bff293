package nl.sleutelnet.application.port.in.network;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.Partner;

/** Registers an organisation or professional of the network. */
public interface RegisterPartnerUseCase {

    Partner registerPartner(Actor actor, PartnerCommand command);
}
