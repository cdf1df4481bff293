package nl.sleutelnet.application.port.in.network;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.Tie;

/** Makes a tie between two existing members; a second tie between the same two is refused (CONFLICT). */
public interface ConnectMembersUseCase {

    Tie connect(Actor actor, TieCommand command);
}
