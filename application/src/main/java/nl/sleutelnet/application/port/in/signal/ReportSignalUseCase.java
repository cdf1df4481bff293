package nl.sleutelnet.application.port.in.signal;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.signal.Signal;

/** Signaleren: records a signal, screened for personal identifiers, with someone to handle it and a tracking code. */
public interface ReportSignalUseCase {

    Signal reportSignal(Actor actor, ReportSignalCommand command);

    /**
     * Reports a signal once per request key of the acting account (the API's {@code Idempotency-Key}): the first call
     * makes the signal; a repeat with the same key and the same command returns that signal and makes no second one;
     * the same key with another command is refused ({@code CONFLICT}, {@code signal.request-key.reused}). Two calls
     * with one key at the same moment store one signal: the later one is refused with
     * {@code signal.request-key.taken} and finds the signal when asked again.
     *
     * @param requestKey 1 to 255 visible ASCII characters chosen by the client, e.g. a UUID
     */
    Signal reportSignalOnce(Actor actor, String requestKey, ReportSignalCommand command);

    /** The code of the refusal of a call whose request key a concurrent call claimed first: ask again. */
    String REQUEST_KEY_TAKEN = "signal.request-key.taken";
}
