package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the API sends and receives, named in Dutch as the Dutch API Design Rules ask. */
public final class Dtos {

    private Dtos() {
    }

    @Schema(name = "Wijk", description = "Een CBS-wijk met haar buurten")
    public record WijkDto(
            @Schema(example = "WK093504") String code,
            @Schema(example = "Wijk 04 Buitenwijk Oost") String naam,
            @Schema(description = "Som van de bekende inwonertallen van de buurten") int inwoners,
            @Schema(description = "Aantal buurten waarvoor CBS geen inwonertal publiceert") int buurtenZonderInwonertal,
            List<String> buurten) {
    }

    @Schema(name = "WijkCollectie")
    public record WijkenDto(List<WijkDto> wijken) {
    }

    @Schema(name = "Buurt", description = "Een CBS-buurt")
    public record BuurtDto(
            @Schema(example = "BU09350207") String code,
            @Schema(example = "Malberg") String naam,
            @Schema(example = "WK093502") String wijk,
            @Schema(description = "Inwoners op 1 januari van het peiljaar; leeg als CBS geen tal publiceert",
                    nullable = true) Integer inwoners,
            @Schema(nullable = true, example = "2025") Integer inwonersPeiljaar,
            @Schema(description = "Omtrek als GeoJSON-Polygon (WGS84), alleen bij één buurt", nullable = true)
            GeometrieDto geometrie) {
    }

    @Schema(name = "BuurtCollectie")
    public record BuurtenDto(List<BuurtDto> buurten) {
    }

    @Schema(name = "Geometrie", description = "GeoJSON-geometrie (RFC 7946), lengtegraad eerst")
    public record GeometrieDto(@Schema(example = "Polygon") String type, List<List<List<Double>>> coordinates) {
    }

    @Schema(name = "BuurtFeature")
    public record FeatureDto(String type, String id, GeometrieDto geometry, Map<String, Object> properties) {
    }

    @Schema(name = "BuurtFeatureCollection")
    public record FeatureCollectionDto(String type, List<FeatureDto> features) {
    }

    @Schema(name = "Thema", description = "Een soort spanning in een buurt; nooit een kenmerk van een persoon")
    public record ThemaDto(
            @Schema(example = "overheidsmaatregelen") String code,
            @Schema(example = "Onvrede over overheidsmaatregelen") String naam,
            String omschrijving,
            int positie,
            @Schema(description = "false: niet meer te kiezen voor nieuw werk, wel bewaard in de historie")
            boolean actief,
            @Schema(description = "Versie voor If-Match bij wijzigen") long versie) {
    }

    @Schema(name = "ThemaCollectie")
    public record ThemasDto(List<ThemaDto> themas) {
    }

    @Schema(name = "NieuwThema")
    public record NieuwThemaDto(@Schema(example = "online-polarisatie") String code,
            @Schema(example = "Online polarisatie") String naam, String omschrijving) {
    }

    @Schema(name = "ThemaWijziging")
    public record ThemaWijzigingDto(String naam, String omschrijving, Integer positie, Boolean actief) {
    }

    @Schema(name = "Gebruiker", description = "Een persoonlijk account")
    public record GebruikerDto(UUID id, String gebruikersnaam, String naam, List<String> rollen, List<String> buurten,
            @Schema(nullable = true, example = "regisseur@maastricht.nl",
                    description = "Werkadres voor berichten zoals temperatuurwaarschuwingen; leeg als er geen is")
            String email,
            boolean actief, Instant aangemaaktOp, long versie) {
    }

    @Schema(name = "GebruikerCollectie")
    public record GebruikersDto(List<GebruikerDto> gebruikers) {
    }

    @Schema(name = "NieuweGebruiker")
    public record NieuweGebruikerDto(@Schema(example = "wijkagent.malberg") String gebruikersnaam,
            @Schema(example = "Wijkagent Malberg") String naam,
            @Schema(example = "[\"PROFESSIONAL\"]") List<String> rollen,
            @Schema(example = "[\"BU09350207\"]") List<String> buurten,
            @Schema(description = "Minstens 12 tekens") String wachtwoord,
            @Schema(nullable = true, example = "wijkagent.malberg@maastricht.nl",
                    description = "Werkadres (optioneel); een regisseur krijgt hier waarschuwingen") String email) {
    }

    @Schema(name = "GebruikerWijziging", description = "Alles wordt vervangen: zonder email vervalt het adres")
    public record GebruikerWijzigingDto(String naam, List<String> rollen, List<String> buurten,
            @Schema(nullable = true) String email, Boolean actief) {
    }

    @Schema(name = "NieuwWachtwoord")
    public record WachtwoordDto(String wachtwoord) {
    }

    @Schema(name = "ApiToken", description = "Een API-token; het geheim wordt alleen bij uitgifte getoond")
    public record TokenDto(UUID id, UUID gebruiker, String naam, Instant uitgegevenOp, UUID uitgegevenDoor,
            @Schema(nullable = true) Instant ingetrokkenOp, boolean actief) {
    }

    @Schema(name = "ApiTokenCollectie")
    public record TokensDto(List<TokenDto> tokens) {
    }

    @Schema(name = "NieuwApiToken")
    public record NieuwTokenDto(@Schema(example = "Koppeling zaaksysteem") String naam) {
    }

    @Schema(name = "UitgegevenApiToken")
    public record UitgegevenTokenDto(TokenDto token,
            @Schema(description = "Het geheim: bewaar het nu, het wordt niet nog eens getoond") String geheim) {
    }
}
