package nl.sleutelnet.application.port.in.signal;

import java.time.Instant;
import nl.sleutelnet.domain.signal.Signal;

/** Whether a signal is overdue for assessment now, by the configured deadlines: for lists and pages. */
public interface OverdueCheck {

    boolean isOverdue(Signal signal);

    Instant assessmentDue(Signal signal);
}
