package nl.sleutelnet.application.port.in.signal;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.signal.Signal;

/** Duiden en handelen: assess, act (with an intervention), decide on no action, close or reassign a signal. */
public interface HandleSignalUseCase {

    Signal handleSignal(Actor actor, HandleSignalCommand command);
}
