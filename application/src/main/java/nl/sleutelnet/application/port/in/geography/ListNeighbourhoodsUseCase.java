package nl.sleutelnet.application.port.in.geography;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.geography.Neighbourhood;

public interface ListNeighbourhoodsUseCase {

    /** The buurten that match, ordered by code. */
    List<Neighbourhood> listNeighbourhoods(Actor actor, NeighbourhoodQuery query);
}
