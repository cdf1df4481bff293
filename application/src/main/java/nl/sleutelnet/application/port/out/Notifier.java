package nl.sleutelnet.application.port.out;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Sends a message to a person: poll invitations and reminders to key persons, alerts to the coordinator. The
 * bootstrap plugs in SMTP (Spring mail settings); an embedder can plug in the city's message bus. Messages never
 * carry more personal data than needed: a link, not the content of signals.
 */
public interface Notifier {

    /**
     * @param to      an e-mail address (or another address the implementation understands)
     * @param subject a short subject line
     * @param body    plain text
     */
    record Message(String to, String subject, String body) {

        public Message {
            checkNotNull(to, "to");
            checkNotNull(subject, "subject");
            checkNotNull(body, "body");
        }
    }

    /**
     * Sends the message or throws; a failure must not undo the change that caused the message (callers decide).
     */
    void send(Message message);
}
