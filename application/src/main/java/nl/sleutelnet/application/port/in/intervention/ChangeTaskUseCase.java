package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** A new description, assignee or due day of an open task. */
public interface ChangeTaskUseCase {

    Intervention changeTask(Actor actor, ChangeTaskCommand command);
}
