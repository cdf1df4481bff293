package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.NetworkDtos.LidDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PaginaDto;

/**
 * Interventions as the API sends and receives them, named in Dutch; enumerated values keep the domain's names
 * ({@code PLANNED}, {@code LEAD}, {@code DIALOGUE}). Temperatures are computed by Sleutelnet and only ever sent, never
 * received.
 */
public final class InterventionDtos {

    static final String TYPES = "DIALOGUE, MEETING, MEDIATION, RESILIENCE_TRAINING, COMMUNICATION, COMMUNITY_ACTIVITY "
            + "of REFERRAL_TO_SAFETY_PARTNERS";
    static final String STATUSES = "PLANNED, ACTIVE, CLOSED, of OPEN (alles behalve CLOSED)";
    static final String INVOLVEMENTS = "LEAD, CONTRIBUTE, MONITOR of WITHDRAWN";
    static final String LEVELS = "CALM, TENSE, HEATED of ESCALATING";

    private InterventionDtos() {
    }

    @Schema(name = "Deelnemer", description = "Een sleutelpersoon of partner die meedoet, met de eigen bijdrage")
    public record DeelnemerDto(@Schema(allowableValues = {"KEY_PERSON", "PARTNER"}) String soort, UUID id,
            @Schema(nullable = true, description = "Naam in het netwerk; leeg als het lid er niet meer is")
            String naam,
            @Schema(example = "Leidt de gesprekken met ouders") String bijdrage) {
    }

    @Schema(name = "Taak", description = "Iets te doen, door een medewerker, uiterlijk op een dag")
    public record TaakDto(UUID id, String omschrijving, @Schema(description = "Account dat de taak uitvoert")
            UUID behandelaar, @Schema(format = "date") LocalDate uiterlijk,
            @Schema(nullable = true) Instant gedaanOp, @Schema(nullable = true) UUID gedaanDoor,
            @Schema(description = "Open en uiterlijk vóór vandaag (nooit na afsluiten)") boolean achterstallig) {
    }

    @Schema(name = "Draagkracht", description = "Wat de buurt zelf kan dragen. De aanwezige sleutelpersonen en "
            + "partners haalt Sleutelnet uit het netwerk op het moment van de beoordeling")
    public record DraagkrachtDto(List<String> initiatieven,
            @Schema(description = "Aanwezig in de reikwijdte, zoals het netwerk was op opgehaaldOp")
            List<LidDto> aanwezig, Instant opgehaaldOp,
            @Schema(allowableValues = {"LOW", "MEDIUM", "HIGH"}) String draagkracht, String oordeel) {
    }

    @Schema(name = "Dynamiek", description = "Een rol van Brandsma op een dynamiek in de casus, met een periode; "
            + "nooit op een persoon")
    public record DynamiekDto(UUID id,
            @Schema(allowableValues = {"PUSHER", "JOINER", "SILENT_MIDDLE", "BRIDGE_BUILDER", "SCAPEGOAT"})
            String rol, String dynamiek, @Schema(format = "date") LocalDate van,
            @Schema(format = "date", nullable = true, description = "Leeg zolang het speelt") LocalDate tot) {
    }

    @Schema(name = "Exitcriteria", description = "Afgesproken bij de start: terugtrekken mag als de temperatuur "
            + "van de reikwijdte exitDagen dagen op of onder exitNiveau bleef")
    public record ExitcriteriaDto(@Schema(allowableValues = {"CALM", "TENSE", "HEATED"}) String exitNiveau,
            @Schema(minimum = "1", maximum = "365") int exitDagen) {
    }

    @Schema(name = "Terugtrekbesluit", description = "Of de temperatuur terugtrekken nu toestaat, en zo niet wat "
            + "ontbreekt. Berekend, nooit ingevoerd")
    public record TerugtrekbesluitDto(boolean toegestaan, @Schema(format = "date") LocalDate peildag,
            @Schema(description = LEVELS) String huidigNiveau, ExitcriteriaDto exitcriteria,
            @Schema(description = "Dagen op rij op of onder het exitniveau, vandaag meegeteld") int dagenOpOfOnder,
            @Schema(description = "Hoeveel dagen nog nodig zijn; 0 als het mag") int dagenTekort,
            @Schema(format = "date", description = "Vroegste dag als de reikwijdte rustig blijft") LocalDate vroegsteDag,
            @Schema(format = "date", nullable = true, description = "De laatste dag boven het exitniveau")
            LocalDate laatsteDagBoven,
            @Schema(nullable = true, description = LEVELS) String niveauLaatsteDagBoven,
            @Schema(description = "Het besluit in een zin (Engels)") String uitleg) {
    }

    @Schema(name = "Betrokkenheidsstap", description = "Een stap op de ladder LEAD → CONTRIBUTE → MONITOR → "
            + "WITHDRAWN, met reden en wie")
    public record StapDto(@Schema(nullable = true, description = "Leeg bij de eerste stap") String van,
            @Schema(description = INVOLVEMENTS) String naar, Instant op, String reden, UUID door,
            @Schema(nullable = true, description = "Bij terugtrekken: wat de temperatuur zei")
            TerugtrekbesluitDto besluit,
            @Schema(nullable = true, description = "Bij terugtrekken dat de temperatuur niet toestond: waarom het "
                    + "toch verantwoord is") String verantwoording) {
    }

    @Schema(name = "ScopeTemperatuur", description = "De hoogste temperatuur van de reikwijdte op een moment, "
            + "berekend")
    public record ScopeTemperatuurDto(Instant op, @Schema(description = LEVELS) String niveau, double score) {
    }

    @Schema(name = "Evaluatie", description = "Vereist bij afsluiten. De temperaturen zijn berekend, niet ingevoerd")
    public record EvaluatieDto(@Schema(allowableValues = {"EFFECTIVE", "PARTLY", "NOT_EFFECTIVE", "UNKNOWN"})
            String uitkomst, String lessen, String vervolg, ScopeTemperatuurDto temperatuurBijStart,
            ScopeTemperatuurDto temperatuurBijAfsluiten, boolean afgekoeld) {
    }

    @Schema(name = "Tijdlijngebeurtenis", description = "Eén gebeurtenis op de tijdlijn; elke wijziging voegt er "
            + "precies één toe")
    public record GebeurtenisDto(String soort, Instant op, UUID door, String notitie,
            @Schema(nullable = true, description = "Waar het over gaat: signaal, taak, lid, dynamiek of nieuwe "
                    + "eigenaar") UUID over) {
    }

    @Schema(name = "Dagtemperatuur", description = "De hoogste temperatuur van de reikwijdte op een dag")
    public record DagDto(@Schema(format = "date") LocalDate dag, @Schema(description = LEVELS) String niveau,
            double score) {
    }

    @Schema(name = "Interventie", description = "Een aanpak op maat: doel, reikwijdte, signalen, deelnemers, taken, "
            + "draagkracht, dynamiek, betrokkenheid en tijdlijn, met wat Sleutelnet vandaag berekent")
    public record InterventieDto(
            UUID id,
            @Schema(example = "Gesprekken bij het winkelcentrum") String titel,
            String doel,
            @Schema(description = TYPES) String type,
            @ArraySchema(schema = @Schema(example = "BU09350207")) List<String> buurten,
            @ArraySchema(schema = @Schema(example = "wij-zij")) List<String> themas,
            @Schema(description = "De signalen die ertoe leidden (status ACTED)") List<UUID> signalen,
            UUID eigenaar,
            @Schema(allowableValues = {"PLANNED", "ACTIVE", "CLOSED"}) String status,
            @Schema(description = INVOLVEMENTS) String betrokkenheid,
            List<DeelnemerDto> deelnemers,
            List<TaakDto> taken,
            @Schema(nullable = true) DraagkrachtDto draagkracht,
            List<DynamiekDto> dynamiek,
            @Schema(nullable = true, description = "Vanaf de start") ExitcriteriaDto exitcriteria,
            @Schema(description = "De ladder, oudste eerst") List<StapDto> stappen,
            @Schema(nullable = true) EvaluatieDto evaluatie,
            @Schema(description = "Alles wat er gebeurde, oudste eerst") List<GebeurtenisDto> tijdlijn,
            Instant geplandOp,
            @Schema(nullable = true) Instant gestartOp,
            @Schema(nullable = true) Instant afgeslotenOp,
            @Schema(format = "date", description = "De kalenderdag van de gemeente nu") LocalDate vandaag,
            @Schema(description = "De temperatuur van de reikwijdte per dag, voor de grafiek (berekend)")
            List<DagDto> temperatuur,
            @Schema(nullable = true, description = "Alleen zolang de interventie loopt en niet is teruggetrokken")
            TerugtrekbesluitDto terugtrekken,
            @Schema(description = "Versie voor If-Match") long versie) {
    }

    @Schema(name = "InterventieSamenvatting", description = "Een interventie op het bord")
    public record InterventieSamenvattingDto(UUID id, String titel, String type, String status, String betrokkenheid,
            List<String> buurten, List<String> themas, UUID eigenaar, String eigenaarNaam, int signalen,
            int openTaken, int achterstalligeTaken, Instant geplandOp, Instant laatsteWijziging, long versie) {
    }

    @Schema(name = "InterventieCollectie")
    public record InterventiesDto(List<InterventieSamenvattingDto> interventies, PaginaDto pagina) {
    }

    @Schema(name = "NieuweInterventie", description = "Een interventie plannen. Vrije tekst met een e-mailadres, "
            + "telefoonnummer, BSN of postcode met huisnummer wordt geweigerd")
    public record NieuweInterventieDto(
            @Schema(example = "Gesprekken bij het winkelcentrum") String titel,
            @Schema(example = "Jongeren en omwonenden praten weer met elkaar") String doel,
            @Schema(description = TYPES, example = "DIALOGUE") String type,
            @ArraySchema(schema = @Schema(example = "BU09350207")) List<String> buurten,
            @ArraySchema(schema = @Schema(example = "wij-zij")) List<String> themas,
            @Schema(nullable = true, description = "Beoordeelde signalen die ertoe leidden; ze worden ACTED")
            List<UUID> signalen,
            @Schema(nullable = true, description = "Leeg: de ingelogde regisseur") UUID eigenaar,
            @Schema(nullable = true, description = "LEAD, CONTRIBUTE of MONITOR; leeg: LEAD") String betrokkenheid) {
    }

    @Schema(name = "InterventieWijziging", description = "Een nieuwe titel, doel of soort")
    public record InterventieWijzigingDto(String titel, String doel, @Schema(description = TYPES) String type) {
    }

    @Schema(name = "Reikwijdte", description = "Buurten en thema's; alleen te wijzigen zolang gepland")
    public record ReikwijdteDto(List<String> buurten, List<String> themas) {
    }

    @Schema(name = "Eigenaarwijziging")
    public record EigenaarDto(@Schema(description = "Account van een actieve regisseur of professional")
            UUID eigenaar) {
    }

    @Schema(name = "SignaalKoppeling", description = "Nog een beoordeeld signaal dat de interventie oppakt")
    public record SignaalKoppelingDto(UUID signaal) {
    }

    @Schema(name = "NieuweDeelnemer")
    public record NieuweDeelnemerDto(@Schema(allowableValues = {"KEY_PERSON", "PARTNER"}) String soort, UUID id,
            @Schema(example = "Leidt de gesprekken met ouders") String bijdrage) {
    }

    @Schema(name = "DeelnemerWijziging")
    public record DeelnemerWijzigingDto(String bijdrage) {
    }

    @Schema(name = "NieuweTaak", description = "Een taak; een dag in het verleden mag (dan is hij meteen "
            + "achterstallig)")
    public record NieuweTaakDto(@Schema(example = "Bijeenkomst in De Kring voorbereiden") String omschrijving,
            @Schema(description = "Account van een actieve regisseur of professional") UUID behandelaar,
            @Schema(format = "date", example = "2026-03-09") LocalDate uiterlijk) {
    }

    @Schema(name = "Taakstap", description = "COMPLETE (toelichting mag) of REOPEN (toelichting is de reden)")
    public record TaakstapDto(@Schema(allowableValues = {"COMPLETE", "REOPEN"}) String stap,
            @Schema(nullable = true) String toelichting) {
    }

    @Schema(name = "DraagkrachtInvoer", description = "De beoordeling van de draagkracht; wie aanwezig is haalt "
            + "Sleutelnet zelf uit het netwerk")
    public record DraagkrachtInvoerDto(List<String> initiatieven,
            @Schema(allowableValues = {"LOW", "MEDIUM", "HIGH"}) String draagkracht, String oordeel) {
    }

    @Schema(name = "AanwezigLid", description = "Een actieve sleutelpersoon met een buurt in de reikwijdte, of een "
            + "actieve partner die er een bedient")
    public record AanwezigLidDto(@Schema(allowableValues = {"KEY_PERSON", "PARTNER"}) String soort, UUID id,
            String naam, List<String> buurten) {
    }

    @Schema(name = "AanwezigNetwerk")
    public record AanwezigNetwerkDto(List<AanwezigLidDto> leden) {
    }

    @Schema(name = "NieuweDynamiek", description = "Een rol op een dynamiek, nooit op een persoon: er is geen veld "
            + "voor een persoon")
    public record NieuweDynamiekDto(
            @Schema(allowableValues = {"PUSHER", "JOINER", "SILENT_MIDDLE", "BRIDGE_BUILDER", "SCAPEGOAT"})
            String rol,
            @Schema(example = "Een groep op het schoolplein zet de toon tegen de opvang") String dynamiek,
            @Schema(format = "date") LocalDate van, @Schema(format = "date", nullable = true) LocalDate tot) {
    }

    @Schema(name = "NieuweNotitie")
    public record NotitieDto(@Schema(example = "Overleg met de school gehad") String notitie) {
    }

    @Schema(name = "Start", description = "PLANNED → ACTIVE met de exitcriteria; vereist een draagkrachtbeoordeling")
    public record StartDto(@Schema(allowableValues = {"CALM", "TENSE", "HEATED"}) String exitNiveau,
            @Schema(minimum = "1", maximum = "365", example = "14") Integer exitDagen) {
    }

    @Schema(name = "NieuweBetrokkenheidsstap", description = "Op- of afschalen naar LEAD, CONTRIBUTE of MONITOR, of "
            + "terugtrekken naar WITHDRAWN. Terugtrekken mag als de temperatuur het toestaat, of met een "
            + "verantwoording die wordt vastgelegd; anders 409")
    public record NieuweStapDto(@Schema(description = INVOLVEMENTS) String betrokkenheid, String reden,
            @Schema(nullable = true, description = "Alleen bij WITHDRAWN") String verantwoording) {
    }

    @Schema(name = "EvaluatieInvoer", description = "Afsluiten met de evaluatie. De temperaturen bij start en "
            + "afsluiten berekent Sleutelnet; er is geen veld voor")
    public record EvaluatieInvoerDto(
            @Schema(allowableValues = {"EFFECTIVE", "PARTLY", "NOT_EFFECTIVE", "UNKNOWN"}) String uitkomst,
            String lessen, String vervolg) {
    }
}
