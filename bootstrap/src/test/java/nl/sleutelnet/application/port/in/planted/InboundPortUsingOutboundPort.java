package nl.sleutelnet.application.port.in.planted;

import nl.sleutelnet.application.port.out.NeighbourhoodRegister;

/** Planted violation: an inbound port that knows an outbound port. */
public interface InboundPortUsingOutboundPort {

    NeighbourhoodRegister register();
}
