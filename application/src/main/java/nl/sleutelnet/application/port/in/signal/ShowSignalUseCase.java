package nl.sleutelnet.application.port.in.signal;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.signal.Signal;

/** One signal with its history; a professional sees signals of their own buurten or assigned to them. */
public interface ShowSignalUseCase {

    Signal showSignal(Actor actor, UUID signalId);
}
