package nl.sleutelnet.bootstrap.mail;

import nl.sleutelnet.application.port.out.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes messages to the log instead of sending them: what the application does when no mail server is configured
 * ({@code spring.mail.host} empty), so that a trial on a laptop works. The log says so at start-up and with every
 * message, so nobody mistakes it for delivery.
 */
public final class LoggingNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

    public LoggingNotifier() {
        LOG.warn("No mail server configured (spring.mail.host): invitations, reminders and alerts are written to "
                + "this log, not sent.");
    }

    @Override
    public void send(Message message) {
        LOG.warn("NOT SENT (no mail server) to {}: {}\n{}", message.to(), message.subject(), message.body());
    }
}
