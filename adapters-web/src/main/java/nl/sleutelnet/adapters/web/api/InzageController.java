package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.InzageDtos.InzageDto;
import nl.sleutelnet.application.port.in.selfservice.ExportKeyPersonDataUseCase;
import nl.sleutelnet.application.port.in.selfservice.PersonalLinkSent;
import nl.sleutelnet.application.port.in.selfservice.SendPersonalLinkUseCase;
import nl.sleutelnet.domain.access.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The data subject's rights of a key person over the API: the art. 15 overview, and the personal link. */
@RestController
@RequestMapping(ApiVersion.BASE_PATH + "/sleutelpersonen")
@Tag(name = "Sleutelpersonen")
public class InzageController {

    private final ExportKeyPersonDataUseCase export;
    private final SendPersonalLinkUseCase sendLink;

    public InzageController(ExportKeyPersonDataUseCase export, SendPersonalLinkUseCase sendLink) {
        this.export = export;
        this.sendLink = sendLink;
    }

    /** The JSON as a file download, named after the date, never after the person. */
    @GetMapping("/{id}/inzage")
    @Operation(summary = "Inzage (AVG art. 15): alles wat Sleutelnet over deze sleutelpersoon vastlegt, als "
            + "download; op verzoek van de sleutelpersoon (regisseur). Wordt in het auditlog vastgelegd")
    public ResponseEntity<InzageDto> inzage(Actor actor, @PathVariable String id) {
        return download(InzageDtos.toDto(export.exportKeyPersonData(actor, Parameters.uuid("id", id))));
    }

    public record PersoonlijkeLinkDto(UUID sleutelpersoonId, Instant geldigTot) {
    }

    @PostMapping("/{id}/persoonlijke-link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "De sleutelpersoon de persoonlijke link naar Mijn Sleutelnet mailen (regisseur); de link "
            + "zelf staat alleen in de e-mail")
    public PersoonlijkeLinkDto persoonlijkeLink(Actor actor, @PathVariable String id) {
        PersonalLinkSent sent = sendLink.sendPersonalLink(actor, Parameters.uuid("id", id));
        return new PersoonlijkeLinkDto(sent.keyPersonId(), sent.expiresAt());
    }

    /** A JSON download ("inzage-2026-03-02.json"). */
    public static ResponseEntity<InzageDto> download(InzageDto dto) {
        String day = dto.gemaaktOp().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate().toString();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("inzage-" + day + ".json").build().toString()).body(dto);
    }
}
