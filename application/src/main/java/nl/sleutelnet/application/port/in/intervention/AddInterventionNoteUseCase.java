package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** A note on the timeline (coordinator; a professional on an intervention they see). */
public interface AddInterventionNoteUseCase {

    Intervention addNote(Actor actor, AddNoteCommand command);
}
