package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The network's resources (sleutelpersonen, partners, verbindingen) as the API sends and receives them, named in
 * Dutch. Enumerated values keep the domain's names ({@code ACTIVE}, {@code CONSENT}, {@code KNOWS}), as the roles
 * of an account do.
 */
public final class NetworkDtos {

    static final String STATUSES = "CANDIDATE, ACTIVE, PAUSED of DEPARTED";

    private NetworkDtos() {
    }

    // --- key persons ---

    @Schema(name = "Sleutelpersoon", description = "Een sleutelpersoon: een geïnformeerde partner, geen informant. "
            + "Bevat nooit bijzondere persoonsgegevens (geloof, afkomst, politieke voorkeur, gezondheid).")
    public record SleutelpersoonDto(
            UUID id,
            @Schema(example = "Anna de Vries") String naam,
            @Schema(nullable = true, example = "anna@example.org") String email,
            @Schema(nullable = true, example = "06-12345678") String telefoon,
            @ArraySchema(schema = @Schema(example = "BU09350207"),
                    arraySchema = @Schema(description = "CBS-buurtcodes waar de sleutelpersoon actief is"))
            List<String> buurten,
            @ArraySchema(schema = @Schema(example = "ouders van basisschool De Spoorzoeker"),
                    arraySchema = @Schema(description = "Kringen die de sleutelpersoon bereikt, neutraal omschreven"))
            List<String> bereik,
            @ArraySchema(schema = @Schema(example = "wij-zij"),
                    arraySchema = @Schema(description = "Codes van thema's waarbij de sleutelpersoon kan helpen"))
            List<String> themas,
            @ArraySchema(schema = @Schema(example = "nl"), arraySchema = @Schema(description = "ISO 639-taalcodes"))
            List<String> talen,
            @Schema(nullable = true, description = "Id van het account van de contactpersoon bij de gemeente")
            UUID contactpersoon,
            String notities,
            @Schema(nullable = true) LocalDate laatsteContact,
            @Schema(allowableValues = {"CANDIDATE", "ACTIVE", "PAUSED", "DEPARTED"}) String status,
            @Schema(nullable = true, description = "Leeg zolang er geen grondslag is vastgelegd") GrondslagDto grondslag,
            @Schema(nullable = true, description = "Leeg als medewerkers de kandidaat zelf registreerden")
            VoordrachtDto voordracht,
            @Schema(description = "Elke stap in de levenscyclus, oudste eerst") List<StatuswijzigingDto> historie,
            Instant geregistreerdOp,
            @Schema(description = "Versie voor If-Match bij wijzigen") long versie) {
    }

    @Schema(name = "SleutelpersoonSamenvatting", description = "Een sleutelpersoon in een lijst")
    public record SleutelpersoonSamenvattingDto(UUID id, @Schema(example = "Anna de Vries") String naam,
            List<String> buurten, List<String> themas,
            @Schema(allowableValues = {"CANDIDATE", "ACTIVE", "PAUSED", "DEPARTED"}) String status,
            @Schema(nullable = true) LocalDate laatsteContact) {
    }

    @Schema(name = "SleutelpersoonCollectie")
    public record SleutelpersonenDto(List<SleutelpersoonSamenvattingDto> sleutelpersonen, PaginaDto pagina) {
    }

    @Schema(name = "Pagina", description = "Welke pagina van de lijst dit is")
    public record PaginaDto(@Schema(description = "Vanaf 0") int nummer,
            @Schema(description = "Hoogstens zoveel items per pagina") int grootte,
            @Schema(description = "Aantal items op alle pagina's samen") long totaal,
            int aantalPaginas) {
    }

    @Schema(name = "Grondslag", description = "Waarom Sleutelnet de gegevens van de sleutelpersoon mag verwerken")
    public record GrondslagDto(
            @Schema(allowableValues = {"CONSENT", "PUBLIC_TASK", "LEGAL_OBLIGATION"}) String grond,
            @Schema(description = "Bij toestemming de dag waarop die gegeven is, anders de dag van vastleggen")
            LocalDate vastgelegdOp,
            @ArraySchema(schema = @Schema(allowableValues = {"NETWORK_CONTACT", "SIGNALS", "POLLS",
                "INTERVENTIONS"})) List<String> doelen,
            @Schema(nullable = true, description = "Alleen bij toestemming", example = "getekend formulier")
            String hoeGegeven,
            @Schema(nullable = true, description = "Alleen bij een andere grond: het besluit of de wet")
            String referentie,
            @Schema(nullable = true, description = "Alleen bij toestemming: de dag van intrekken") LocalDate ingetrokkenOp,
            @Schema(description = "false als de toestemming is ingetrokken") boolean geldig) {
    }

    @Schema(name = "GrondslagInvoer", description = "Een grondslag vastleggen of vervangen")
    public record GrondslagInvoerDto(
            @Schema(allowableValues = {"CONSENT", "PUBLIC_TASK", "LEGAL_OBLIGATION"}) String grond,
            LocalDate vastgelegdOp,
            @ArraySchema(schema = @Schema(allowableValues = {"NETWORK_CONTACT", "SIGNALS", "POLLS",
                "INTERVENTIONS"}), arraySchema = @Schema(description = "Minstens één")) List<String> doelen,
            @Schema(description = "Verplicht bij CONSENT, anders leeg", example = "getekend formulier")
            String hoeGegeven,
            @Schema(description = "Verplicht bij een andere grond dan CONSENT") String referentie) {
    }

    @Schema(name = "Voordracht", description = "Wie de kandidaat voordroeg, en waarom")
    public record VoordrachtDto(@Schema(allowableValues = {"KEY_PERSON", "PARTNER"}) String voorgedragenDoorSoort,
            UUID voorgedragenDoor, String motivatie) {
    }

    @Schema(name = "Statuswijziging", description = "Eén stap in de levenscyclus")
    public record StatuswijzigingDto(
            @Schema(nullable = true, description = "Leeg bij de registratie") String van,
            String naar, Instant op, String reden,
            @Schema(description = "Id van het account dat de stap zette") UUID door) {
    }

    @Schema(name = "NieuweSleutelpersoon")
    public record NieuweSleutelpersoonDto(
            @Schema(example = "Anna de Vries") String naam,
            @Schema(example = "anna@example.org") String email,
            @Schema(example = "06-12345678") String telefoon,
            @ArraySchema(schema = @Schema(example = "BU09350207"), arraySchema = @Schema(description = "Minstens één"))
            List<String> buurten,
            @ArraySchema(schema = @Schema(example = "ouders van basisschool De Spoorzoeker"),
                    arraySchema = @Schema(description = "Hoogstens 20, neutraal omschreven"))
            List<String> bereik,
            @ArraySchema(schema = @Schema(example = "wij-zij")) List<String> themas,
            @ArraySchema(schema = @Schema(example = "nl")) List<String> talen,
            UUID contactpersoon,
            String notities,
            @Schema(description = "Als die al bekend is; anders vastleggen vóór het activeren")
            GrondslagInvoerDto grondslag,
            @Schema(allowableValues = {"KEY_PERSON", "PARTNER"}, description = "Standaard KEY_PERSON")
            String voorgedragenDoorSoort,
            @Schema(description = "Id van de sleutelpersoon of partner die voordroeg") UUID voorgedragenDoor,
            String motivatie) {
    }

    @Schema(name = "SleutelpersoonWijziging", description = "Het profiel; stuur alle velden")
    public record SleutelpersoonWijzigingDto(String naam, String email, String telefoon, List<String> buurten,
            List<String> bereik, List<String> themas, List<String> talen, UUID contactpersoon, String notities) {
    }

    @Schema(name = "NieuweStatuswijziging")
    public record StatuswijzigingInvoerDto(
            @Schema(allowableValues = {"ACTIVE", "PAUSED", "DEPARTED"}) String status,
            @Schema(example = "Kennismakingsgesprek gevoerd") String reden) {
    }

    @Schema(name = "Datum", description = "De dag waarop het gebeurde")
    public record DatumDto(@Schema(example = "2026-03-05") LocalDate op) {
    }

    // --- partners ---

    @Schema(name = "Partner", description = "Een organisatie of professional in het netwerk")
    public record PartnerDto(UUID id, @Schema(example = "Wijkagent Malberg") String naam,
            @Schema(example = "COMMUNITY_POLICE_OFFICER") String soort, List<String> buurten,
            @Schema(nullable = true) String email, @Schema(nullable = true) String telefoon, String notities,
            @Schema(description = "false: niet meer actief in het netwerk, wel bewaard") boolean actief,
            @Schema(description = "Versie voor If-Match bij wijzigen") long versie) {
    }

    @Schema(name = "PartnerCollectie")
    public record PartnersDto(List<PartnerDto> partners) {
    }

    @Schema(name = "NieuwePartner")
    public record NieuwePartnerDto(@Schema(example = "Wijkagent Malberg") String naam,
            @Schema(description = "COMMUNITY_POLICE_OFFICER, WELFARE, HOUSING_CORPORATION, SCHOOL, FAITH_ORGANISATION, "
                    + "SPORTS_CLUB, YOUTH_WORK, HEALTH_CARE, MUNICIPALITY of OTHER",
                    example = "COMMUNITY_POLICE_OFFICER") String soort,
            @ArraySchema(schema = @Schema(example = "BU09350207"), arraySchema = @Schema(description = "Minstens één"))
            List<String> buurten,
            String email, String telefoon, String notities) {
    }

    @Schema(name = "PartnerWijziging", description = "Stuur alle velden; actief is verplicht")
    public record PartnerWijzigingDto(String naam, String soort, List<String> buurten, String email, String telefoon,
            String notities, Boolean actief) {
    }

    // --- ties ---

    @Schema(name = "Lid", description = "Een lid van het netwerk: een sleutelpersoon of een partner")
    public record LidDto(@Schema(allowableValues = {"KEY_PERSON", "PARTNER"}) String soort, UUID id) {
    }

    @Schema(name = "Verbinding", description = "Een verbinding tussen twee leden; a en b staan in vaste volgorde")
    public record VerbindingDto(UUID id, LidDto a, LidDto b,
            @Schema(allowableValues = {"KNOWS", "WORKS_WITH", "REFERRED"}) String soort,
            @Schema(description = "1 (zwak) tot 5 (sterk)", minimum = "1", maximum = "5") int sterkte,
            LocalDate sinds, @Schema(nullable = true) LocalDate laatsteContact,
            @Schema(description = "Versie voor If-Match bij wijzigen en verwijderen") long versie) {
    }

    @Schema(name = "VerbindingCollectie")
    public record VerbindingenDto(List<VerbindingDto> verbindingen) {
    }

    @Schema(name = "NieuweVerbinding")
    public record NieuweVerbindingDto(LidDto a, LidDto b,
            @Schema(allowableValues = {"KNOWS", "WORKS_WITH", "REFERRED"}) String soort,
            @Schema(minimum = "1", maximum = "5") Integer sterkte, LocalDate sinds, LocalDate laatsteContact) {
    }

    @Schema(name = "VerbindingWijziging", description = "Soort, sterkte, begin en laatste contact; de leden blijven")
    public record VerbindingWijzigingDto(
            @Schema(allowableValues = {"KNOWS", "WORKS_WITH", "REFERRED"}) String soort,
            @Schema(minimum = "1", maximum = "5") Integer sterkte, LocalDate sinds,
            @Schema(description = "Alleen een latere dag verandert het laatste contact") LocalDate laatsteContact) {
    }
}
