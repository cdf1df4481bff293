package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.sleutelnet.application.port.in.privacy.EraseKeyPersonCommand;
import nl.sleutelnet.application.port.in.privacy.EraseKeyPersonUseCase;
import nl.sleutelnet.application.port.in.privacy.ShowRetentionUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.privacy.DeletionRecord;
import nl.sleutelnet.domain.shared.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forgetting: erase a key person (GDPR article 17; the coordinator) and read the deletion register (the
 * administrator).
 */
@RestController
@Tag(name = "Verwijderen", description = "Een sleutelpersoon wissen (artikel 17 AVG) met behoud van de cijfers, en "
        + "het verwijderregister: wat er gewist, geanonimiseerd of verwijderd is, wanneer, waarom en door wie")
public class VerwijderregisterController {

    static final String PATH = ApiVersion.BASE_PATH + "/verwijderregister";

    private final EraseKeyPersonUseCase erase;
    private final ShowRetentionUseCase retention;

    public VerwijderregisterController(EraseKeyPersonUseCase erase, ShowRetentionUseCase retention) {
        this.erase = erase;
        this.retention = retention;
    }

    @GetMapping(PATH)
    @Operation(summary = "De laatste regels van het verwijderregister, nieuwste eerst, met de ingestelde termijnen "
            + "(alleen de beheerder)")
    public VerwijderregisterDto register(Actor actor, @RequestParam(defaultValue = "50")
            @Parameter(description = "1 tot " + PageRequest.MAX_SIZE) int aantal) {
        var overview = retention.showRetention(actor, aantal);
        var terms = overview.terms();
        return new VerwijderregisterDto(new TermijnenDto(terms.departedKeyPersons().toString(),
                terms.closedSignals().toString(), terms.closedInterventions().toString(),
                terms.auditEntries().toString()), overview.latest().stream().map(VerwijderregisterController::toDto)
                        .toList());
    }

    @PostMapping(value = ApiVersion.BASE_PATH + "/sleutelpersonen/{id}/wissing", consumes = "application/json")
    @Operation(summary = "De persoonsgegevens van een sleutelpersoon wissen (artikel 17 AVG): cijfers blijven, niets "
            + "wijst nog naar de persoon. If-Match is niet verplicht; zonder wordt de laatste versie gewist")
    public VerwijderregelDto wissen(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody WissingDto body) {
        Long version = ifMatch == null || ifMatch.isBlank() ? null : Parameters.ifMatch(ifMatch);
        return toDto(erase.eraseKeyPerson(actor, new EraseKeyPersonCommand(Parameters.uuid("id", id),
                body.reden(), version)).record());
    }

    static VerwijderregelDto toDto(DeletionRecord r) {
        Map<String, Integer> counts = new TreeMap<>();
        r.counts().forEach((k, v) -> counts.put(k.name(), v));
        return new VerwijderregelDto(r.id(), r.kind().name(), OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC),
                r.reason().name(), r.actor(), counts);
    }

    @Schema(name = "Wissing")
    public record WissingDto(@Schema(allowableValues = {"DATA_SUBJECT_REQUEST", "RETENTION", "OTHER"},
            requiredMode = Schema.RequiredMode.REQUIRED) String reden) {
    }

    @Schema(name = "Bewaartermijnen", description = "ISO-8601-perioden, zoals P1Y")
    public record TermijnenDto(String vertrokkenSleutelpersonen, String afgeslotenSignalen,
            String afgeslotenInterventies, String auditregels) {
    }

    @Schema(name = "Verwijderregel", description = "Eén wissing of één keer toepassen van de bewaartermijnen, "
            + "zonder gegevens van wie gewist is")
    public record VerwijderregelDto(UUID id, @Schema(allowableValues = {"ERASURE", "RETENTION"}) String soort,
            OffsetDateTime tijdstip, @Schema(allowableValues = {"DATA_SUBJECT_REQUEST", "RETENTION", "OTHER"})
            String reden, @Schema(description = "Gebruikersnaam, of system voor de geplande taak") String door,
            @Schema(description = "Aantal per soort, bijvoorbeeld KEY_PERSONS_ERASED") Map<String, Integer> aantallen) {
    }

    @Schema(name = "Verwijderregister")
    public record VerwijderregisterDto(TermijnenDto termijnen, List<VerwijderregelDto> regels) {
    }
}
