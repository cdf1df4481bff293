package nl.sleutelnet.application.port.in.network;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.Partner;

/** All partners, by name. */
public interface ListPartnersUseCase {

    List<Partner> listPartners(Actor actor);
}
