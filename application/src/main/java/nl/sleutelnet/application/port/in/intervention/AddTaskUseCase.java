package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** A task with an assignee and a due day (coordinator; a professional on an intervention they see). */
public interface AddTaskUseCase {

    Intervention addTask(Actor actor, AddTaskCommand command);
}
