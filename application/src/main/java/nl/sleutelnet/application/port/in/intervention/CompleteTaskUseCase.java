package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** Marks a task done. */
public interface CompleteTaskUseCase {

    Intervention completeTask(Actor actor, CompleteTaskCommand command);
}
