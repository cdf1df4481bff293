package nl.sleutelnet.application.port.in.geography;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;

public interface ShowNeighbourhoodUseCase {

    /** @throws nl.sleutelnet.domain.shared.DomainException NOT_FOUND when the register has no such buurt */
    Neighbourhood showNeighbourhood(Actor actor, NeighbourhoodCode code);
}
