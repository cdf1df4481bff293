package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** Hands an intervention to another owner (coordinator): an enabled coordinator or professional. */
public interface HandOverInterventionUseCase {

    Intervention handOver(Actor actor, HandOverCommand command);
}
