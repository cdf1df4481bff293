package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** Op- en afschalen (coordinator): LEAD, CONTRIBUTE or MONITOR, up or down. */
public interface ChangeInvolvementUseCase {

    Intervention changeInvolvement(Actor actor, ChangeInvolvementCommand command);
}
