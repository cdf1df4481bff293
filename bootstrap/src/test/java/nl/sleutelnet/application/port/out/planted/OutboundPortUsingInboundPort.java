package nl.sleutelnet.application.port.out.planted;

import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;

/** Planted violation: an outbound port that knows an inbound port. */
public interface OutboundPortUsingInboundPort {

    ListDistrictsUseCase districts();
}
