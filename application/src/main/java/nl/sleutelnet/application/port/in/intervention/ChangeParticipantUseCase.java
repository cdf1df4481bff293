package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** A new description of a participant's part (coordinator). */
public interface ChangeParticipantUseCase {

    Intervention changeParticipant(Actor actor, ParticipantCommand command);
}
