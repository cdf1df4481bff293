package nl.sleutelnet.bootstrap.embedding;

// --- example: start (docs/embedding.md includes this file from here to "example: end", verbatim) ---
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureMapUseCase;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapQuery;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.bootstrap.Sleutelnet;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.theme.ThemeCode;

/** The core in a few lines: in memory, on a fixed clock, with the messages it sends kept in a list. */
public final class EmbeddingExample {

    public static String run() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        List<Notifier.Message> outbox = new ArrayList<>();
        Sleutelnet sleutelnet = Sleutelnet.builder()
                .clock(clock)
                .notifier(outbox::add)              // instead of e-mail: poll invitations and alerts land here
                .build();                           // in memory, Maastricht's buurten, the default themes

        // who acts: a coordinator account; Actor.system() may create the first accounts
        Actor coordinator = sleutelnet.useCase(CreateAccountUseCase.class).createAccount(Actor.system(),
                new CreateAccountCommand("regisseur", "De regisseur", List.of("COORDINATOR"), List.of(),
                        "een lang en eigen wachtwoord", "regisseur@example.org")).asActor();

        // signaleren: tension on a theme in a buurt, seen by staff themselves
        Signal signal = sleutelnet.useCase(ReportSignalUseCase.class).reportSignal(coordinator,
                new ReportSignalCommand(null, null, null, "OWN_OBSERVATION", List.of("BU09350207"),
                        List.of("wij-zij"), 4, "Spanning tussen twee groepen jongeren bij het winkelcentrum.",
                        null, null));

        // the temperature follows from the signals; a level crossed upwards alerts the coordinator
        var figure = sleutelnet.useCase(ShowTemperatureMapUseCase.class)
                .showTemperatureMap(coordinator, TemperatureMapQuery.allThemes())
                .figure(NeighbourhoodCode.of("BU09350207"), ThemeCode.of("wij-zij"));
        return signal.status() + " " + figure.level() + " " + String.format(java.util.Locale.ROOT, "%.1f",
                figure.score()) + ", alerts mailed: " + outbox.size();
    }
}
// --- example: end ---
