package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PaginaDto;

/**
 * Signals as the API sends and receives them, named in Dutch; enumerated values keep the domain's names
 * ({@code RECEIVED}, {@code KEY_PERSON}, {@code PUBLIC_ONLINE}).
 */
public final class SignalDtos {

    static final String STATUSES = "RECEIVED, ASSESSED, ACTED, NO_ACTION, CLOSED, of OPEN (alles behalve CLOSED)";
    static final String REPORTER_KINDS = "KEY_PERSON, PARTNER, STAFF of OPEN_SOURCE; leeg: de ingelogde medewerker";
    static final String HOW_OBTAINED = "OWN_OBSERVATION, CONVERSATION, MEETING, PUBLIC_ONLINE, MEDIA of REPORT "
            + "(altijd open; heimelijke bronnen bestaan niet in Sleutelnet)";

    private SignalDtos() {
    }

    @Schema(name = "Melder", description = "Wie meldde: een sleutelpersoon, partner of medewerker bij id, of een "
            + "openbare bron bij omschrijving")
    public record MelderDto(@Schema(allowableValues = {"KEY_PERSON", "PARTNER", "STAFF", "OPEN_SOURCE"}) String soort,
            @Schema(nullable = true, description = "Leeg bij een openbare bron") UUID id,
            @Schema(description = "Bij een openbare bron: welke", example = "Dagblad De Limburger") String omschrijving) {
    }

    @Schema(name = "Beoordeling", description = "Duiden: hoe betrouwbaar en wat het betekent. Intern; de melder ziet "
            + "dit nooit")
    public record BeoordelingDto(@Schema(allowableValues = {"HIGH", "MEDIUM", "LOW"}) String betrouwbaarheid,
            String duiding, Instant op, UUID door) {
    }

    @Schema(name = "Waarneming", description = "Dezelfde spanning opnieuw gemeld, met eigen melder en tijdstip")
    public record WaarnemingDto(UUID id, MelderDto melder, String hoeVerkregen, Instant waargenomenOp,
            Instant ontvangenOp, String toelichting) {
    }

    @Schema(name = "Signaalgebeurtenis", description = "Eén stap in de historie van een signaal")
    public record GebeurtenisDto(@Schema(allowableValues = {"REPORTED", "SIGHTING_ADDED", "ASSIGNED", "ASSESSED",
        "ACTED", "NO_ACTION", "CLOSED"}) String soort, Instant op,
            @Schema(nullable = true, description = "Account; leeg als een externe melder het deed") UUID door,
            String toelichting) {
    }

    @Schema(name = "Signaal", description = "Een signaal van spanning in een of meer buurten op een of meer thema's. "
            + "Vrije tekst is gecontroleerd op persoonsgegevens")
    public record SignaalDto(
            UUID id,
            @Schema(description = "Code waarmee de melder de status volgt", example = "K7Q-M3H-XA9") String volgcode,
            MelderDto melder,
            @Schema(description = HOW_OBTAINED) String hoeVerkregen,
            @ArraySchema(schema = @Schema(example = "BU09350207")) List<String> buurten,
            @ArraySchema(schema = @Schema(example = "wij-zij")) List<String> themas,
            @Schema(minimum = "1", maximum = "5") int intensiteit,
            String omschrijving,
            Instant waargenomenOp,
            Instant ontvangenOp,
            @Schema(description = "Laatste waarneming: van het signaal of de laatste waarneming erbij")
            Instant laatstWaargenomenOp,
            @Schema(description = "Account dat het signaal behandelt") UUID behandelaar,
            @Schema(allowableValues = {"RECEIVED", "ASSESSED", "ACTED", "NO_ACTION", "CLOSED"}) String status,
            Instant statusSinds,
            @Schema(description = "Ontvangen en niet beoordeeld binnen de termijn voor de intensiteit")
            boolean achterstallig,
            @Schema(description = "Uiterste moment van beoordelen volgens de termijn voor de intensiteit")
            Instant beoordelenVoor,
            @Schema(nullable = true) BeoordelingDto beoordeling,
            @Schema(nullable = true, description = "Interventie die het signaal oppakt (status ACTED)") UUID interventie,
            @Schema(nullable = true, description = "Reden voor geen actie (status NO_ACTION)") String redenGeenActie,
            @Schema(description = "Melder en waarnemingen door andere bronnen") int onafhankelijkeBronnen,
            List<WaarnemingDto> waarnemingen,
            @Schema(description = "Elke stap, oudste eerst") List<GebeurtenisDto> historie,
            @Schema(description = "Versie voor If-Match") long versie) {
    }

    @Schema(name = "SignaalSamenvatting", description = "Een signaal in de inbox")
    public record SignaalSamenvattingDto(UUID id, List<String> buurten, List<String> themas, int intensiteit,
            String omschrijving, Instant ontvangenOp, UUID behandelaar, String status, boolean achterstallig,
            Instant beoordelenVoor, int waarnemingen) {
    }

    @Schema(name = "SignaalCollectie")
    public record SignalenDto(List<SignaalSamenvattingDto> signalen, PaginaDto pagina) {
    }

    @Schema(name = "NieuwSignaal", description = "Een signaal melden. De omschrijving beschrijft spanning, nooit wie "
            + "iemand is of hoe je hem bereikt: e-mailadressen, telefoonnummers, BSN's en postcode met huisnummer "
            + "worden geweigerd")
    public record NieuwSignaalDto(
            @Schema(nullable = true, description = REPORTER_KINDS) String melderSoort,
            @Schema(nullable = true, description = "Id van de sleutelpersoon of partner die meldde") UUID melder,
            @Schema(nullable = true, description = "Bij OPEN_SOURCE: welke openbare bron", example = "Facebookgroep "
                    + "Wij zijn Malberg (openbaar)") String openBron,
            @Schema(description = HOW_OBTAINED, example = "CONVERSATION") String hoeVerkregen,
            @ArraySchema(schema = @Schema(example = "BU09350207")) List<String> buurten,
            @ArraySchema(schema = @Schema(example = "wij-zij")) List<String> themas,
            @Schema(minimum = "1", maximum = "5", example = "3") Integer intensiteit,
            @Schema(example = "Jongeren en buurtbewoners botsen bij het winkelcentrum over de nieuwe opvang")
            String omschrijving,
            @Schema(nullable = true, description = "Leeg: nu") Instant waargenomenOp,
            @Schema(nullable = true, description = "Leeg: de melder zelf (medewerker) of een regisseur")
            UUID behandelaar) {
    }

    @Schema(name = "NieuweWaarneming", description = "Dezelfde spanning opnieuw gezien of gehoord")
    public record NieuweWaarnemingDto(@Schema(nullable = true, description = REPORTER_KINDS) String melderSoort,
            @Schema(nullable = true) UUID melder, @Schema(nullable = true) String openBron,
            @Schema(description = HOW_OBTAINED) String hoeVerkregen,
            @Schema(nullable = true, description = "Leeg: nu") Instant waargenomenOp,
            @Schema(nullable = true) String toelichting) {
    }

    @Schema(name = "Signaalstap", description = "Een stap in de behandeling: ASSESS (betrouwbaarheid en duiding in "
            + "toelichting), ACT (interventie), NO_ACTION (reden in toelichting), CLOSE (toelichting mag) of ASSIGN "
            + "(behandelaar)")
    public record StapDto(@Schema(allowableValues = {"ASSESS", "ACT", "NO_ACTION", "CLOSE", "ASSIGN"}) String stap,
            @Schema(nullable = true, allowableValues = {"HIGH", "MEDIUM", "LOW"}) String betrouwbaarheid,
            @Schema(nullable = true) String toelichting,
            @Schema(nullable = true) UUID interventie,
            @Schema(nullable = true) UUID behandelaar) {
    }

    @Schema(name = "Meldingstatus", description = "Wat een melder van het eigen signaal mag weten: dat het is "
            + "aangekomen en de status; nooit de beoordeling")
    public record MeldingStatusDto(String volgcode, Instant ontvangenOp,
            @Schema(allowableValues = {"RECEIVED", "ASSESSED", "ACTED", "NO_ACTION", "CLOSED"}) String status,
            Instant statusSinds) {
    }
}
