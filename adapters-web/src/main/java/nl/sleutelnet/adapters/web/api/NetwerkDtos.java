package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.NetworkDtos.LidDto;

/** The network figures as the API answers them: aggregates for coverage, names only in the coordinator's analysis. */
public final class NetwerkDtos {

    private NetwerkDtos() {
    }

    @Schema(name = "BuurtThema")
    public record BuurtThemaDto(@Schema(example = "BU09350207") String buurt, @Schema(example = "wij-zij") String thema) {
    }

    @Schema(name = "BuurtDekking")
    public record BuurtDekkingDto(String buurt, String naam,
            @Schema(description = "Actieve sleutelpersonen in de buurt, ongeacht thema") int sleutelpersonen,
            @Schema(description = "Per themacode het aantal actieve sleutelpersonen") Map<String, Integer> perThema) {
    }

    @Schema(name = "Dekking", description = "Aantal actieve sleutelpersonen per buurt en thema; geen namen")
    public record DekkingDto(LocalDate peildatum, List<String> themas, List<BuurtDekkingDto> buurten,
            int aantalWitteVlekken, List<BuurtThemaDto> witteVlekken) {
    }

    @Schema(name = "NetwerkLid")
    public record NetwerkLidDto(LidDto lid, String naam, boolean actief,
            @Schema(description = "Ongenormaliseerde tussenpositie (betweenness)") double tussenpositie,
            @Schema(description = "Tussenpositie gedeeld door (n-1)(n-2)/2: 0 tot 1") double tussenpositieGenormaliseerd,
            boolean kwetsbareSchakel) {
    }

    @Schema(name = "NetwerkVerbinding")
    public record NetwerkVerbindingDto(LidDto a, LidDto b, int sterkte) {
    }

    @Schema(name = "KwetsbareSchakel", description = "Als dit lid vertrekt, valt het netwerk uiteen")
    public record KwetsbareSchakelDto(LidDto lid, String naam,
            @Schema(description = "Buurten die dan de verbinding met de rest van het netwerk verliezen")
            List<String> buurtenZonderVerbinding,
            @Schema(description = "De groepen leden die worden afgesneden") List<List<LidDto>> afgesneden) {
    }

    @Schema(name = "Brug")
    public record BrugDto(LidDto a, LidDto b, List<LidDto> kleinsteKant) {
    }

    @Schema(name = "Cluster")
    public record ClusterDto(List<LidDto> leden, List<String> buurten) {
    }

    @Schema(name = "ZonderRecentContact")
    public record ZonderRecentContactDto(UUID id, String naam, LocalDate laatsteContact) {
    }

    @Schema(name = "Verloop")
    public record VerloopDto(LocalDate van, LocalDate tot, int actiefBegin, int actiefEind, int nieuw,
            int teruggekeerd, int gepauzeerd, int vertrokken,
            @Schema(description = "Vertrokken gedeeld door het gemiddelde aantal actieven") double verloop) {
    }

    @Schema(name = "NetwerkAnalyse")
    public record AnalyseDto(LocalDate peildatum, List<NetwerkLidDto> leden,
            @Schema(description = "De tussenposities zijn een benadering: het netwerk is groter dan de grens voor "
                    + "exacte berekening (sleutelnet.network.exact-betweenness-up-to); zie docs/network-analysis.md")
            boolean tussenpositieBenadering, List<NetwerkVerbindingDto> verbindingen,
            List<KwetsbareSchakelDto> kwetsbareSchakels, List<BrugDto> bruggen, List<ClusterDto> clusters,
            @Schema(description = "Verbindingen die niet meetellen omdat er te lang geen contact was")
            int vervaagdeVerbindingen, @Schema(description = "Na dit aantal dagen zonder contact") int dagenZonderContact,
            List<ZonderRecentContactDto> zonderRecentContact, VerloopDto verloop) {
    }

    @Schema(name = "Nieuwkomer")
    public record NieuwkomerDto(String naam, List<String> buurten, List<String> themas, List<LidDto> verbondenMet) {
    }

    @Schema(name = "WatAlsVraag")
    public record WatAlsVraagDto(List<LidDto> vertrekken, List<NieuwkomerDto> nieuwkomers) {
    }

    @Schema(name = "BuurtVoorNa")
    public record BuurtVoorNaDto(String buurt, int voor, int na) {
    }

    @Schema(name = "LidNaam")
    public record LidNaamDto(LidDto lid, String naam) {
    }

    @Schema(name = "WatAlsAntwoord", description = "De vergelijking; er is niets opgeslagen")
    public record WatAlsDto(int witteVlekkenVoor, int witteVlekkenNa, List<BuurtThemaDto> nieuweWitteVlekken,
            List<BuurtThemaDto> gedichteWitteVlekken, int clustersVoor, int clustersNa,
            List<LidNaamDto> kwetsbareSchakelsVoor, List<LidNaamDto> kwetsbareSchakelsNa,
            @Schema(description = "Alleen de buurten waar het aantal actieve sleutelpersonen verandert")
            List<BuurtVoorNaDto> veranderdeBuurten) {
    }
}
