package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PaginaDto;
import nl.sleutelnet.application.port.in.audit.AuditQuery;
import nl.sleutelnet.application.port.in.audit.SearchAuditLogUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.Disclosure;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for the administrator (VIEW_AUDIT): the same filters as the viewer in the staff UI. */
@RestController
@Tag(name = "Auditlog", description = "Wie deed wat met welke gegevens, wanneer, vanaf waar, waarvoor en met welk "
        + "resultaat; ook verstrekkingen aan derden (alleen de beheerder). Het raadplegen wordt zelf ook gelogd")
public class AuditlogController {

    static final String PATH = ApiVersion.BASE_PATH + "/auditlog";

    private final SearchAuditLogUseCase search;

    public AuditlogController(SearchAuditLogUseCase search) {
        this.search = search;
    }

    @GetMapping(PATH)
    @Operation(summary = "Regels van het auditlog per pagina, nieuwste eerst; filters zijn optioneel en gelden samen")
    public AuditlogDto auditlog(Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Eerste dag (Europe/Amsterdam)") LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Laatste dag, meegeteld (Europe/Amsterdam)") LocalDate tot,
            @RequestParam(name = "actor", required = false)
            @Parameter(description = "Deel van de gebruikersnaam, of het account-id") String wie,
            @RequestParam(required = false) @Parameter(description = "Deel van de actie", example = "KeyPerson")
            String actie,
            @RequestParam(required = false) @Parameter(description = "Soort object", example = "KeyPerson")
            String objectType,
            @RequestParam(required = false) @Parameter(description = "Id van het object of van een betrokkene")
            String objectId,
            @RequestParam(required = false) @Parameter(schema = @Schema(allowableValues = {"SUCCESS", "REFUSED",
                "FAILED"})) String resultaat,
            @RequestParam(required = false) @Parameter(schema = @Schema(allowableValues = {"NETWORK_CONTACT",
                "SIGNALS", "POLLS", "INTERVENTIONS", "ACCOUNTS", "REFERENCE_DATA", "ACCOUNTABILITY", "EVALUATION"}))
            String doel,
            @RequestParam(defaultValue = "false") @Parameter(description = "Alleen verstrekkingen aan derden")
            boolean alleenVerstrekkingen,
            @RequestParam(defaultValue = "0") @Parameter(description = "Vanaf 0") int pagina,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE)
            @Parameter(description = "1 tot " + PageRequest.MAX_SIZE) int paginaGrootte) {
        Page<AuditEntry> page = search.searchAuditLog(actor, new AuditQuery(van, tot, wie, actie, objectType,
                objectId, resultaat, doel, alleenVerstrekkingen, pagina, paginaGrootte));
        return new AuditlogDto(page.items().stream().map(AuditlogController::toDto).toList(),
                new PaginaDto(page.number(), page.size(), page.total(), page.pages()));
    }

    static AuditregelDto toDto(AuditEntry e) {
        return new AuditregelDto(e.id(), e.traceId(), OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC),
                e.actor().kind().name(), e.actor().account().map(a -> a.value()).orElse(null), e.actor().name(),
                e.action(), e.purpose().name(), e.objectType().orElse(null), e.objectId().orElse(null),
                e.dataSubjects(), e.result().name(), e.errorCode().orElse(null), e.origin().channel().name(),
                e.origin().detail().orElse(null), e.origin().clientAddress().orElse(null),
                e.disclosure().map(Disclosure::recipient).orElse(null),
                e.disclosure().map(Disclosure::legalBasis).orElse(null));
    }

    @Schema(name = "AuditlogCollectie")
    public record AuditlogDto(List<AuditregelDto> regels, PaginaDto pagina) {
    }

    @Schema(name = "Auditregel", description = "Eén verwerking. In termen van de standaard Logboek Dataverwerkingen: "
            + "id = operation id, traceId = trace id, actie = name, doel = verwerkingsactiviteit, betrokkenen = "
            + "data subjects, resultaat = status")
    public record AuditregelDto(UUID id, @Schema(example = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId,
            @Schema(description = "Begin van de verwerking, UTC") OffsetDateTime tijdstip,
            @Schema(allowableValues = {"ACCOUNT", "SYSTEM", "PERSONAL_LINK", "ANONYMOUS"}) String actorSoort,
            UUID actorAccount, @Schema(description = "Gebruikersnaam op dat moment") String actorNaam,
            @Schema(example = "ShowKeyPersonUseCase.showKeyPerson") String actie,
            @Schema(example = "NETWORK_CONTACT") String doel, @Schema(example = "KeyPerson") String objectType,
            String objectId, @Schema(description = "Ids van de sleutelpersonen van wie gegevens verwerkt zijn")
            List<String> betrokkenen, @Schema(allowableValues = {"SUCCESS", "REFUSED", "FAILED"}) String resultaat,
            @Schema(description = "Foutcode bij REFUSED, soort fout bij FAILED") String foutcode,
            @Schema(allowableValues = {"UI", "API", "PERSONAL_LINK", "SCHEDULED_JOB", "EMBEDDED"}) String kanaal,
            @Schema(description = "Naam van het API-token of van de taak") String herkomst, String clientAdres,
            @Schema(description = "Bij een verstrekking: de ontvanger") String ontvanger,
            @Schema(description = "Bij een verstrekking: de grondslag") String grondslag) {
    }
}
