package nl.sleutelnet.application.service;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.temperature.PollEvidence;

/**
 * Hears of every change that can move a temperature, right after it is stored, so that a level crossed upwards
 * becomes an alert for the coordinator. The signal and poll services call it; the temperature service implements it.
 */
public interface TemperatureWatch {

    /** A watch that does nothing: for a core without alerts (tests of other capabilities). */
    TemperatureWatch NONE = new TemperatureWatch() {
        @Override
        public void signalChanged(Optional<Signal> before, Signal after) {
        }

        @Override
        public void answersGiven(List<PollEvidence> answers) {
        }
    };

    /**
     * @param before the signal as it was stored before this change; empty for a new signal
     * @param after  the signal as now stored
     */
    void signalChanged(Optional<Signal> before, Signal after);

    /** Poll answers just stored, one piece of evidence per buurt × theme. */
    void answersGiven(List<PollEvidence> answers);
}
