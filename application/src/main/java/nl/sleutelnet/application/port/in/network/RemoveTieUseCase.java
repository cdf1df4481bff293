package nl.sleutelnet.application.port.in.network;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;

/** Removes a tie that no longer exists in reality. */
public interface RemoveTieUseCase {

    void removeTie(Actor actor, UUID tieId, long expectedVersion);
}
