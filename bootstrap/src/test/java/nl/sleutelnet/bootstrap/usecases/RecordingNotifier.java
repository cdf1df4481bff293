package nl.sleutelnet.bootstrap.usecases;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.sleutelnet.application.port.out.Notifier;

/** Keeps the messages the core sends, for tests to read; can be made to fail like a mail server that is down. */
final class RecordingNotifier implements Notifier {

    final List<Message> sent = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public void send(Message message) {
        if (failing) {
            throw new IllegalStateException("the mail server does not answer");
        }
        sent.add(message);
    }
}
