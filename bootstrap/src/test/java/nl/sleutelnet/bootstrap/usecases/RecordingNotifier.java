package nl.sleutelnet.bootstrap.usecases;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.sleutelnet.application.port.out.Notifier;

/** Keeps the messages the core sends, for tests to read. */
final class RecordingNotifier implements Notifier {

    final List<Message> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Message message) {
        sent.add(message);
    }
}
