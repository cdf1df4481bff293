package nl.sleutelnet.application.port.in.signal;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.signal.Signal;

/** Signaleren: records a signal, screened for personal identifiers, with someone to handle it and a tracking code. */
public interface ReportSignalUseCase {

    Signal reportSignal(Actor actor, ReportSignalCommand command);
}
