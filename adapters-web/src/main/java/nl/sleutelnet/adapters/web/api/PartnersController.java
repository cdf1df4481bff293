package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.NetworkDtos.NieuwePartnerDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PartnerDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PartnerWijzigingDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PartnersDto;
import nl.sleutelnet.application.port.in.network.ChangePartnerUseCase;
import nl.sleutelnet.application.port.in.network.ListPartnersUseCase;
import nl.sleutelnet.application.port.in.network.PartnerCommand;
import nl.sleutelnet.application.port.in.network.RegisterPartnerUseCase;
import nl.sleutelnet.application.port.in.network.ShowPartnerUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.Partner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiVersion.BASE_PATH + "/partners")
@Tag(name = "Partners", description = "Organisaties en professionals in het netwerk: wijkagent, welzijn, "
        + "woningcorporatie, school, geloofsgemeenschap, sportclub")
public class PartnersController {

    private final ListPartnersUseCase list;
    private final ShowPartnerUseCase show;
    private final RegisterPartnerUseCase register;
    private final ChangePartnerUseCase change;
    private final NetworkApiMapper mapper = NetworkApiMapper.INSTANCE;

    public PartnersController(ListPartnersUseCase list, ShowPartnerUseCase show, RegisterPartnerUseCase register,
            ChangePartnerUseCase change) {
        this.list = list;
        this.show = show;
        this.register = register;
        this.change = change;
    }

    @GetMapping
    @Operation(summary = "Alle partners, op naam; niet-actieve ook")
    public PartnersDto partners(Actor actor) {
        return new PartnersDto(list.listPartners(actor).stream().map(mapper::toDto).toList());
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een partner registreren (regisseur)")
    public ResponseEntity<PartnerDto> registreren(Actor actor, @RequestBody NieuwePartnerDto body) {
        Partner registered = register.registerPartner(actor, new PartnerCommand(null, body.naam(), body.soort(),
                body.buurten(), body.email(), body.telefoon(), body.notities(), true, 0));
        return ResponseEntity.created(URI.create(ApiVersion.BASE_PATH + "/partners/" + registered.id()))
                .eTag(Parameters.etag(registered.version())).body(mapper.toDto(registered));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén partner, met zijn versie als ETag")
    public ResponseEntity<PartnerDto> partner(Actor actor, @PathVariable String id) {
        Partner partner = show.showPartner(actor, partnerId(id));
        return Parameters.withEtag(partner.version(), mapper.toDto(partner));
    }

    @PutMapping(value = "/{id}", consumes = "application/json")
    @Operation(summary = "Een partner wijzigen of op niet-actief zetten (regisseur); vereist If-Match")
    public ResponseEntity<PartnerDto> wijzigen(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody PartnerWijzigingDto body) {
        long version = Parameters.ifMatch(ifMatch);
        Partner changed = change.changePartner(actor, new PartnerCommand(partnerId(id), body.naam(), body.soort(),
                body.buurten(), body.email(), body.telefoon(), body.notities(), body.actief(), version));
        return Parameters.withEtag(changed.version(), mapper.toDto(changed));
    }

    private static UUID partnerId(String id) {
        return Parameters.uuid("id", id);
    }
}
