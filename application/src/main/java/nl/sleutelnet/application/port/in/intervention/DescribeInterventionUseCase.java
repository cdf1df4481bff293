package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** A new title, goal or type (coordinator), until the intervention is closed. */
public interface DescribeInterventionUseCase {

    Intervention describeIntervention(Actor actor, DescribeInterventionCommand command);
}
