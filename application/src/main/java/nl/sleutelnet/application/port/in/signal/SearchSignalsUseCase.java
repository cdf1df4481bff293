package nl.sleutelnet.application.port.in.signal;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.signal.Signal;

/** The signal inbox: filtered by status, overdue, buurt, theme and assignee, newest first. */
public interface SearchSignalsUseCase {

    Page<Signal> searchSignals(Actor actor, SignalQuery query);
}
