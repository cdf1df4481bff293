package nl.sleutelnet.application.port.in.network;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.Tie;

/** Changes a tie's kind, strength, start or last contact. */
public interface ChangeTieUseCase {

    Tie changeTie(Actor actor, TieCommand command);
}
