package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** ACTIVE → CLOSED with the evaluation (coordinator); the scope's temperature at the start and at the close are computed. */
public interface CloseInterventionUseCase {

    Intervention closeIntervention(Actor actor, CloseInterventionCommand command);
}
