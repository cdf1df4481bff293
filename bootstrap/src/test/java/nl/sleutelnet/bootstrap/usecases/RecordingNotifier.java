package nl.sleutelnet.bootstrap.usecases;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.sleutelnet.application.port.out.Notifier;

/**
 * Keeps the messages the core sends, for tests to read; refuses the addresses a test marks as unreachable, and can be
 * made to fail for everyone like a mail server that is down.
 */
final class RecordingNotifier implements Notifier {

    final List<Message> sent = new CopyOnWriteArrayList<>();
    /** Mail to these addresses fails as a mail server refusing it would. */
    final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    volatile boolean failing;

    @Override
    public void send(Message message) {
        if (failing) {
            throw new IllegalStateException("the mail server does not answer");
        }
        if (unreachable.contains(message.to())) {
            throw new IllegalStateException("550 5.1.1 mailbox unavailable");
        }
        sent.add(message);
    }
}
