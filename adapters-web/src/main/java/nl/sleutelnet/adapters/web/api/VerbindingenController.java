package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.NetworkDtos.LidDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.NieuweVerbindingDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.VerbindingDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.VerbindingWijzigingDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.VerbindingenDto;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.network.ChangeTieUseCase;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.ListTiesUseCase;
import nl.sleutelnet.application.port.in.network.RemoveTieUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiVersion.BASE_PATH + "/verbindingen")
@Tag(name = "Verbindingen", description = "Relaties tussen leden van het netwerk (sleutelpersonen en partners), "
        + "met soort, sterkte en laatste contact (regisseur)")
public class VerbindingenController {

    private final ListTiesUseCase list;
    private final ConnectMembersUseCase connect;
    private final ChangeTieUseCase change;
    private final RemoveTieUseCase remove;
    private final NetworkApiMapper mapper = NetworkApiMapper.INSTANCE;

    public VerbindingenController(ListTiesUseCase list, ConnectMembersUseCase connect, ChangeTieUseCase change,
            RemoveTieUseCase remove) {
        this.list = list;
        this.connect = connect;
        this.change = change;
        this.remove = remove;
    }

    @GetMapping
    @Operation(summary = "De verbindingen van één sleutelpersoon of één partner, of zonder filter alle")
    public VerbindingenDto verbindingen(Actor actor,
            @RequestParam(required = false) @Parameter(description = "Id van een sleutelpersoon") String sleutelpersoon,
            @RequestParam(required = false) @Parameter(description = "Id van een partner") String partner) {
        if (sleutelpersoon != null && partner != null) {
            throw InvalidCommandException.of("partner", "request.parameter.conflict",
                    "Filter on sleutelpersoon or on partner, not on both.");
        }
        MemberRef member = sleutelpersoon != null ? MemberRef.keyPerson(Parameters.uuid("sleutelpersoon",
                sleutelpersoon)) : partner != null ? MemberRef.partner(Parameters.uuid("partner", partner)) : null;
        return new VerbindingenDto(list.listTies(actor, member).stream().map(mapper::toDto).toList());
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Twee leden verbinden; een tweede verbinding tussen dezelfde twee is een conflict")
    public ResponseEntity<VerbindingDto> verbinden(Actor actor, @RequestBody NieuweVerbindingDto body) {
        LidDto a = body.a() == null ? new LidDto(null, null) : body.a();
        LidDto b = body.b() == null ? new LidDto(null, null) : body.b();
        Tie tie = connect.connect(actor, new TieCommand(null, a.soort(), a.id(), b.soort(), b.id(), body.soort(),
                body.sterkte(), body.sinds(), body.laatsteContact(), 0));
        return ResponseEntity.created(URI.create(ApiVersion.BASE_PATH + "/verbindingen/" + tie.id()))
                .eTag(Parameters.etag(tie.version())).body(mapper.toDto(tie));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén verbinding, met haar versie als ETag")
    public ResponseEntity<VerbindingDto> verbinding(Actor actor, @PathVariable String id) {
        Tie tie = find(actor, tieId(id));
        return Parameters.withEtag(tie.version(), mapper.toDto(tie));
    }

    @PutMapping(value = "/{id}", consumes = "application/json")
    @Operation(summary = "Soort, sterkte, begin of laatste contact wijzigen; de twee leden blijven dezelfde; "
            + "vereist If-Match")
    public ResponseEntity<VerbindingDto> wijzigen(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody VerbindingWijzigingDto body) {
        long version = Parameters.ifMatch(ifMatch);
        Tie current = find(actor, tieId(id));
        Tie changed = change.changeTie(actor, new TieCommand(current.id().value(), current.a().kind().name(),
                current.a().id(), current.b().kind().name(), current.b().id(), body.soort(), body.sterkte(),
                body.sinds(), body.laatsteContact(), version));
        return Parameters.withEtag(changed.version(), mapper.toDto(changed));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Een verbinding verwijderen die in werkelijkheid niet meer bestaat; vereist If-Match")
    public void verwijderen(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Parameters.ifMatch(ifMatch);
        remove.removeTie(actor, tieId(id), version);
    }

    /** There is no use case for one tie: it is looked up among all, which the same role may list. */
    private Tie find(Actor actor, UUID id) {
        return list.listTies(actor, null).stream().filter(t -> t.id().value().equals(id)).findFirst()
                .orElseThrow(() -> DomainException.notFound("tie.not-found", "There is no tie with id %s.", id));
    }

    private static UUID tieId(String id) {
        return Parameters.uuid("id", id);
    }
}
