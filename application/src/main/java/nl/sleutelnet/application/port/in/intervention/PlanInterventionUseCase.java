package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** Plans an intervention (coordinator); the assessed signals that led to it become ACTED with it. */
public interface PlanInterventionUseCase {

    Intervention planIntervention(Actor actor, PlanInterventionCommand command);
}
