package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** PLANNED → ACTIVE with the exit criteria (coordinator); needs the capacity assessment. */
public interface StartInterventionUseCase {

    Intervention startIntervention(Actor actor, StartInterventionCommand command);
}
