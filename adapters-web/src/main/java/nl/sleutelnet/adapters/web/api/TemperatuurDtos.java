package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PaginaDto;

/**
 * The temperature as the API answers it: figures per buurt, wijk and city for everyone who may see temperatures; the
 * signals and poll answers behind one figure only in the explanation. Never who answered a poll.
 */
public final class TemperatuurDtos {

    static final String LEVELS = "CALM (rustig), TENSE (gespannen), HEATED (verhit) of ESCALATING (escalerend)";
    static final String TRENDS = "RISING (stijgend), STABLE (stabiel) of FALLING (dalend)";
    static final String CONFIDENCES = "LOW (0-1 bron), MEDIUM (2-3) of HIGH (4 of meer)";

    private TemperatuurDtos() {
    }

    @Schema(name = "ThemaNaam")
    public record ThemaNaamDto(@Schema(example = "wij-zij") String code,
            @Schema(example = "Wij-zij-denken") String naam) {
    }

    @Schema(name = "Niveaugrenzen", description = "Vanaf welke temperatuur een niveau begint (instelling van de "
            + "gemeente)")
    public record GrenzenDto(@Schema(example = "2") double gespannenVanaf, @Schema(example = "5") double verhitVanaf,
            @Schema(example = "9") double escalerendVanaf) {
    }

    @Schema(name = "BuurtTemperatuur", description = "De temperatuur van één buurt op één thema: alleen cijfers")
    public record BuurtTemperatuurDto(@Schema(example = "BU09350207") String buurt,
            @Schema(example = "Malberg") String naam, @Schema(example = "WK093502") String wijk,
            @Schema(example = "wij-zij") String thema,
            @Schema(description = "0 of meer, onafgerond", example = "3.75") double score,
            @Schema(description = LEVELS) String niveau,
            @Schema(description = TRENDS) String trend,
            @Schema(description = CONFIDENCES) String zekerheid,
            @Schema(description = "Aantal onafhankelijke bronnen waar de zekerheid op rust") int bronnen,
            @Schema(description = "De temperatuur een terugblikperiode (standaard 14 dagen) eerder; de trend "
                    + "vergelijkt daarmee") double eerdereScore) {
    }

    @Schema(name = "GebiedTemperatuur", description = "Eén thema in een wijk of de hele stad: de warmste buurt telt, "
            + "geen gemiddelde")
    public record GebiedTemperatuurDto(
            @Schema(nullable = true, description = "De wijkcode; leeg voor de hele stad", example = "WK093502")
            String wijk,
            @Schema(example = "Wijk 02 Buitenwijk West") String naam,
            @Schema(example = "wij-zij") String thema,
            @Schema(description = "Het hoogste niveau van de buurten: " + LEVELS) String hoogsteNiveau,
            double hoogsteScore,
            @Schema(description = "Per niveau het aantal buurten, ook 0") Map<String, Integer> buurtenPerNiveau,
            @Schema(description = "De buurt(en) met de hoogste temperatuur; leeg als nergens iets is gemeld")
            List<String> warmsteBuurten) {
    }

    @Schema(name = "TemperatuurKaart", description = "Alle buurten op één of alle actieve thema's, nu, met de "
            + "samenvatting per wijk en voor de stad")
    public record KaartDto(Instant peilmoment, List<ThemaNaamDto> themas,
            @Schema(description = "Buurt voor buurt in registervolgorde, per buurt thema voor thema")
            List<BuurtTemperatuurDto> buurten,
            @Schema(description = "Per wijk, per thema") List<GebiedTemperatuurDto> wijken,
            @Schema(description = "Per thema, over alle buurten") List<GebiedTemperatuurDto> stad,
            GrenzenDto grenzen) {
    }

    @Schema(name = "SignaalBijdrage", description = "Wat één signaal bijdraagt: intensiteit × "
            + "betrouwbaarheidsgewicht × bronnengewicht × verval = punten")
    public record SignaalBijdrageDto(UUID signaal, Instant ontvangenOp,
            @Schema(description = "RECEIVED, ASSESSED, ACTED, NO_ACTION of CLOSED") String status,
            String omschrijving,
            @Schema(description = "Hoe vaak dezelfde spanning opnieuw is gemeld") int waarnemingen,
            @Schema(description = "1 tot 5") int intensiteit,
            @Schema(description = "HIGH, MEDIUM, LOW of UNKNOWN (nog niet geduid)") String betrouwbaarheid,
            double betrouwbaarheidsgewicht,
            @Schema(description = "Onafhankelijke bronnen die meetellen") int bronnen,
            @Schema(description = "1 - 0,5^bronnen") double bronnengewicht,
            @Schema(description = "De waarneming waar de leeftijd vanaf telt") Instant waargenomenOp,
            double leeftijdDagen,
            @Schema(description = "0,5^(leeftijd / halveringstijd)") double verval,
            @Schema(description = "Pas na het peilmoment opnieuw gezien: alleen de eerste waarneming telt, als één "
                    + "bron") boolean alleenEersteWaarneming,
            double punten) {
    }

    @Schema(name = "AntwoordBijdrage", description = "Wat één peilingsantwoord bijdraagt: peilingsgewicht × aandeel "
            + "× spanning = punten. Nooit wie antwoordde.")
    public record AntwoordBijdrageDto(UUID antwoord,
            @Schema(nullable = true) UUID ronde, @Schema(nullable = true) String rondeNaam,
            @Schema(description = "1 (heel gespannen) tot 10 (heel rustig)") int cijfer,
            @Schema(description = "(10 - cijfer) / 9 × 5") double spanning,
            Instant beantwoordOp, double leeftijdDagen, double verval,
            @Schema(description = "Aandeel in het gewogen gemiddelde, 0 tot 1") double aandeel,
            double peilingsgewicht, double punten) {
    }

    @Schema(name = "TemperatuurUitleg", description = "De temperatuur van één buurt op één thema met de signalen en "
            + "peilingsantwoorden erachter; de bijdragen tellen op tot de score")
    public record UitlegDto(String buurt, String buurtNaam, String thema, String themaNaam, Instant peilmoment,
            double score, @Schema(description = LEVELS) String niveau, @Schema(description = TRENDS) String trend,
            @Schema(description = CONFIDENCES) String zekerheid, int bronnen,
            @Schema(description = "Het moment waarmee de trend vergelijkt") Instant eerderMoment, double eerdereScore,
            @Schema(description = "De punten uit signalen") double signaaldeel,
            @Schema(description = "De punten uit peilingen") double peilingdeel,
            @Schema(description = "Grootste bijdrage eerst") List<SignaalBijdrageDto> signalen,
            @Schema(description = "Grootste bijdrage eerst") List<AntwoordBijdrageDto> peilingen,
            GrenzenDto grenzen) {
    }

    @Schema(name = "TemperatuurDag", description = "De temperatuur aan het eind van één dag (Europe/Amsterdam)")
    public record DagDto(LocalDate dag, double score, @Schema(description = LEVELS) String niveau,
            @Schema(description = TRENDS) String trend, @Schema(description = CONFIDENCES) String zekerheid,
            int bronnen) {
    }

    @Schema(name = "TemperatuurReeks", description = "Per dag de temperatuur van één buurt op één thema, oudste "
            + "eerst")
    public record ReeksDto(String buurt, String buurtNaam, String thema, String themaNaam, LocalDate van,
            LocalDate tot, List<DagDto> dagen, GrenzenDto grenzen) {
    }

    @Schema(name = "Waarschuwing", description = "Een buurt ging op een thema naar een hoger niveau; een vraag om "
            + "te kijken, geen conclusie")
    public record WaarschuwingDto(UUID id, String buurt, String buurtNaam, String thema, String themaNaam,
            @Schema(description = "Het niveau ervoor: " + LEVELS) String vanNiveau,
            @Schema(description = "Het niveau erna, altijd hoger") String naarNiveau,
            @Schema(description = "De temperatuur erna") double score,
            @Schema(description = "Wanneer de stijging plaatsvond") Instant op,
            @Schema(description = "Nog door geen regisseur gezien") boolean open,
            @Schema(nullable = true) Instant gezienOp, @Schema(nullable = true) UUID gezienDoor,
            @Schema(nullable = true) String gezienDoorNaam,
            @Schema(description = "Versie voor If-Match bij 'gezien'") long versie) {
    }

    @Schema(name = "WaarschuwingCollectie")
    public record WaarschuwingenDto(@Schema(description = "Open eerst, daarna gezien; binnen elk nieuwste eerst")
            List<WaarschuwingDto> waarschuwingen,
            @Schema(description = "Aantal open waarschuwingen in totaal") long open, PaginaDto pagina) {
    }
}
