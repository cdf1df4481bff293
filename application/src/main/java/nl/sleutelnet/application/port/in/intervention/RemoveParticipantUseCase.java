package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** A participant stops taking part (coordinator). */
public interface RemoveParticipantUseCase {

    Intervention removeParticipant(Actor actor, RemoveParticipantCommand command);
}
