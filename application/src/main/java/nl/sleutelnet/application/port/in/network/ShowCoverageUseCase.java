package nl.sleutelnet.application.port.in.network;

import nl.sleutelnet.domain.access.Actor;

/** Coverage of buurt × theme by active key persons: counts for everyone with network figures, names for some. */
public interface ShowCoverageUseCase {

    CoverageReport showCoverage(Actor actor);
}
