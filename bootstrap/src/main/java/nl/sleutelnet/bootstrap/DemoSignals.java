package nl.sleutelnet.bootstrap;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sleutelnet.application.port.in.signal.AddSightingUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SightingCommand;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.signal.Signal;

/**
 * Invented signals for the demo, in the buurten of the demo network: reported by its key persons and partners or
 * taken from public sources, observed over the last weeks, at every step of the cycle, so that the inbox, the
 * late marks and the temperature all have something to show. Made through the same use cases as real signals.
 */
final class DemoSignals {

    private final DemoNetwork.UseCases core;
    private final Actor coordinator;
    private final Map<String, String> members;
    private final Instant now;

    DemoSignals(DemoNetwork.UseCases core, Actor coordinator, Map<String, String> members, Instant now) {
        this.core = core;
        this.coordinator = coordinator;
        this.members = members;
        this.now = now;
    }

    /** @return the assessed signal about the schoolplein, for the demo intervention to take up */
    Signal load() {
        Signal schoolplein = report("Anouk Vermeulen", "CONVERSATION", "BU09350302", "wij-zij", 3, 10,
                "Na de informatieavond over de nieuwe opvanglocatie praten ouders op het schoolplein over 'wij' en "
                        + "'zij'; de toon is scherper dan vorige maand.");
        schoolplein = handle(schoolplein, "ASSESS", "MEDIUM", "Past bij de onrust rond de opvang; het jongerenwerk "
                + "is op de hoogte.");
        Signal park = report("Wijkagent Noordwest", "OWN_OBSERVATION", "BU09350302", "wij-zij", 4, 3,
                "Twee groepen jongeren bij het Frontenpark schreeuwen over en weer; geen geweld, wel "
                        + "dreigende taal.");
        core.useCase(AddSightingUseCase.class).addSighting(coordinator, new SightingCommand(park.id().value(),
                "OPEN_SOURCE", null, "Openbare Facebookgroep Frontenkwartier", "PUBLIC_ONLINE",
                now.minus(Duration.ofDays(2)), "Filmpje van dezelfde avond, veel reacties"));
        Signal parkeren = report("Marleen Hoeberechts", "MEETING", "BU09350300", "overheidsmaatregelen", 2, 20,
                "Onvrede over de nieuwe parkeerregeling; er gaat een petitie rond in de buurt.");
        parkeren = handle(parkeren, "ASSESS", "HIGH", "Gewone onvrede over beleid, geen polarisatie.");
        parkeren = handle(parkeren, "NO_ACTION", null, "Loopt via het reguliere participatietraject van de "
                + "parkeerregeling.");
        handle(parkeren, "CLOSE", null, "");
        report("Jos Lemmens", "CONVERSATION", "BU09350000", "complotdenken", 2, 6,
                "Flyers over 5G-masten en 'wat de gemeente verzwijgt' in de brievenbussen rond het Vrijthof.");
        core.useCase(ReportSignalUseCase.class).reportSignal(coordinator, new ReportSignalCommand("OPEN_SOURCE",
                null, "Dagblad De Limburger", "MEDIA", List.of("BU09350001"), List.of("rechtsextremisme"), 3,
                "Stickers met extreemrechtse leuzen bij bushaltes, volgens een bericht in de krant.",
                now.minus(Duration.ofDays(2)), null));
        return schoolplein;
    }

    private Signal report(String member, String how, String buurt, String theme, int intensity, int daysAgo,
            String description) {
        String[] ref = members.get(member).split(":");
        return core.useCase(ReportSignalUseCase.class).reportSignal(coordinator, new ReportSignalCommand(ref[0],
                UUID.fromString(ref[1]), null, how, List.of(buurt), List.of(theme), intensity, description,
                now.minus(Duration.ofDays(daysAgo)), null));
    }

    private Signal handle(Signal signal, String step, String reliability, String explanation) {
        return core.useCase(HandleSignalUseCase.class).handleSignal(coordinator, new HandleSignalCommand(
                signal.id().value(), step, reliability, explanation, null, null, signal.version()));
    }
}
