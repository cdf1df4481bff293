package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PaginaDto;

/**
 * Poll rounds (peilingen) as the API sends and receives them, named in Dutch. Figures, never who answered what: the
 * names of invited key persons and the remarks are only in the coordinator's view.
 */
public final class PollDtos {

    static final String STATUSES = "SCHEDULED (gepland), OPEN of CLOSED (gesloten)";
    static final String RECURRENCES = "NONE (eenmalig), WEEKLY (wekelijks) of MONTHLY (maandelijks)";

    private PollDtos() {
    }

    @Schema(name = "Respons", description = "Hoeveel sleutelpersonen zijn uitgenodigd en hoeveel hebben geantwoord")
    public record ResponsDto(int uitgenodigd, int geantwoord,
            @Schema(nullable = true, description = "Geantwoord als percentage van uitgenodigd, afgerond; leeg als "
                    + "niemand is uitgenodigd", example = "67") Integer percentage) {
    }

    @Schema(name = "PeilingrondeSamenvatting", description = "Een peilingronde in een lijst")
    public record PeilingrondeSamenvattingDto(UUID id,
            @Schema(allowableValues = {"SCHEDULED", "OPEN", "CLOSED"}) String status,
            @ArraySchema(schema = @Schema(example = "BU09350207")) List<String> buurten,
            @ArraySchema(schema = @Schema(example = "wij-zij")) List<String> themas,
            Instant opent, Instant sluit,
            @Schema(allowableValues = {"NONE", "WEEKLY", "MONTHLY"}) String herhaling,
            @Schema(example = "na incident") String aanleiding,
            ResponsDto respons,
            @Schema(description = "Versie voor If-Match bij sluiten") long versie) {
    }

    @Schema(name = "PeilingrondeCollectie")
    public record PeilingrondesDto(List<PeilingrondeSamenvattingDto> peilingrondes, PaginaDto pagina) {
    }

    @Schema(name = "BuurtRespons", description = "De respons in één buurt: een uitnodiging telt voor elke buurt van "
            + "de sleutelpersoon die in de ronde zit")
    public record BuurtResponsDto(@Schema(example = "BU09350207") String buurt, ResponsDto respons) {
    }

    @Schema(name = "ThemaCijfers", description = "De antwoorden op één thema in één buurt: 1 = zeer gespannen, 10 = "
            + "zeer rustig")
    public record ThemaCijfersDto(@Schema(example = "BU09350207") String buurt,
            @Schema(example = "wij-zij") String thema,
            @Schema(description = "Aantal antwoorden met een cijfer voor dit thema") int aantal,
            @Schema(nullable = true, description = "Gemiddeld cijfer, op twee decimalen; leeg zonder antwoorden",
                    example = "6.5") Double gemiddelde,
            @ArraySchema(arraySchema = @Schema(description = "Hoe vaak elk cijfer is gegeven: het eerste getal is "
                    + "het aantal keer 1, het tiende het aantal keer 10"), minItems = 10, maxItems = 10)
            List<Integer> verdeling) {
    }

    @Schema(name = "PeilingOpmerking", description = "Een opmerking bij een antwoord, zonder wie haar gaf")
    public record OpmerkingDto(Instant beantwoordOp, List<String> buurten, String tekst) {
    }

    @Schema(name = "PeilingUitnodiging", description = "Een uitnodiging zoals de regisseur haar ziet: of de mail "
            + "verstuurd is en of er geantwoord is, nooit wat")
    public record UitnodigingDto(UUID sleutelpersoon, String naam, List<String> buurten,
            @Schema(allowableValues = {"PENDING", "SENT", "FAILED"}) String verzending,
            @Schema(description = "Waarom de laatste mail niet verstuurd kon worden; leeg als dat wel lukte")
            String verzendprobleem,
            @Schema(nullable = true) Instant verstuurdOp,
            @Schema(nullable = true) Instant herinnerdOp,
            boolean beantwoord) {
    }

    @Schema(name = "NietUitgenodigd", description = "Een actieve sleutelpersoon in de buurten van de ronde die geen "
            + "uitnodiging kreeg")
    public record NietUitgenodigdDto(UUID sleutelpersoon, String naam,
            @Schema(allowableValues = {"NO_EMAIL", "NO_CONSENT_FOR_POLLS"}) String reden) {
    }

    @Schema(name = "Peilingronde", description = "Een peilingronde met haar respons en cijfers. Opmerkingen, "
            + "uitnodigingen en niet-uitgenodigden zijn leeg voor wie alleen cijfers mag zien (professional, "
            + "analist); een professional ziet alleen de cijfers van de eigen buurten")
    public record PeilingrondeDto(UUID id,
            @Schema(allowableValues = {"SCHEDULED", "OPEN", "CLOSED"}) String status,
            List<String> buurten,
            @Schema(description = "Themacodes in de volgorde van de vragen") List<String> themas,
            Instant opent, Instant sluit,
            @Schema(allowableValues = {"NONE", "WEEKLY", "MONTHLY"}) String herhaling,
            String aanleiding,
            Instant aangemaaktOp,
            @Schema(description = "Het account van de regisseur die de (eerste) ronde opende") UUID aangemaaktDoor,
            @Schema(nullable = true, description = "De vorige ronde van dezelfde reeks") UUID volgtOp,
            @Schema(nullable = true) Instant geopendOp,
            @Schema(nullable = true) Instant geslotenOp,
            @Schema(nullable = true, description = "Wie de ronde voortijdig sloot; leeg als ze op tijd sloot")
            UUID geslotenDoor,
            @Schema(description = "Of er na deze ronde geen volgende komt") boolean reeksBeeindigd,
            ResponsDto respons,
            List<BuurtResponsDto> responsPerBuurt,
            List<ThemaCijfersDto> cijfers,
            List<OpmerkingDto> opmerkingen,
            List<UitnodigingDto> uitnodigingen,
            List<NietUitgenodigdDto> nietUitgenodigd,
            @Schema(description = "Versie voor If-Match bij sluiten") long versie) {
    }

    @Schema(name = "NieuwePeilingronde", description = "Een nieuwe ronde. Zonder opent (of met een moment dat "
            + "voorbij is) gaan de uitnodigingen meteen uit, bijvoorbeeld na een incident")
    public record NieuwePeilingrondeDto(
            @ArraySchema(schema = @Schema(example = "BU09350207"), minItems = 1) List<String> buurten,
            @ArraySchema(schema = @Schema(example = "wij-zij"), minItems = 1, maxItems = 10) List<String> themas,
            @Schema(nullable = true, description = "Wanneer de uitnodigingen uitgaan; leeg: nu") Instant opent,
            @Schema(nullable = true, description = "Wanneer de ronde sluit en de links vervallen; leeg: de "
                    + "standaardperiode na opent") Instant sluit,
            @Schema(nullable = true, description = RECURRENCES + "; leeg: NONE") String herhaling,
            @Schema(nullable = true, maxLength = 200, example = "na incident") String aanleiding) {
    }

    @Schema(name = "PeilingSluiting", description = "Een ronde voortijdig sluiten")
    public record SluitingDto(@Schema(nullable = true, description = "Bij een terugkerende ronde: geen volgende "
            + "ronde plannen") Boolean reeksBeeindigen) {
    }
}
