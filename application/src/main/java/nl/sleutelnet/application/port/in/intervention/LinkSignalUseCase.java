package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** Takes up another assessed signal (coordinator; a professional on an intervention they see): the signal becomes ACTED with it. */
public interface LinkSignalUseCase {

    Intervention linkSignal(Actor actor, LinkSignalCommand command);
}
