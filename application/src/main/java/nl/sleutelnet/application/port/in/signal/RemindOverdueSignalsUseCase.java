package nl.sleutelnet.application.port.in.signal;

/**
 * Sleutelnet's own reminder, run on a schedule: every account that handles signals overdue for assessment gets one
 * message with how many there are and a link to the list; never the content of a signal. A signal whose handler
 * cannot be reached (account disabled or without an e-mail address) is counted in the message to the coordinators.
 * Running it again sends the same reminder again: it tells what is overdue now, it remembers nothing.
 */
public interface RemindOverdueSignalsUseCase {

    OverdueReminder remindOverdueSignals();

    /**
     * @param overdue  signals overdue for assessment now
     * @param reminded messages sent
     * @param failed   messages the notifier refused (logged; the next run tries again)
     */
    record OverdueReminder(int overdue, int reminded, int failed) {
    }
}
