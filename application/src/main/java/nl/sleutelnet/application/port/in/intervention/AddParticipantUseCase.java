package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** A key person or partner of the network takes part, with their part (coordinator). */
public interface AddParticipantUseCase {

    Intervention addParticipant(Actor actor, ParticipantCommand command);
}
