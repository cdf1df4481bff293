package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.PollDtos.NieuwePeilingrondeDto;
import nl.sleutelnet.adapters.web.api.PollDtos.PeilingrondeDto;
import nl.sleutelnet.adapters.web.api.PollDtos.PeilingrondesDto;
import nl.sleutelnet.adapters.web.api.PollDtos.SluitingDto;
import nl.sleutelnet.adapters.web.api.PollDtos.UitnodigingDto;
import nl.sleutelnet.application.port.in.poll.ClosePollRoundCommand;
import nl.sleutelnet.application.port.in.poll.ClosePollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.ListPollRoundsUseCase;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundCommand;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.PollRoundQuery;
import nl.sleutelnet.application.port.in.poll.PollRoundReport;
import nl.sleutelnet.application.port.in.poll.ResendPollInvitationUseCase;
import nl.sleutelnet.application.port.in.poll.ShowPollRoundUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.shared.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiVersion.BASE_PATH + "/peilingen")
@Tag(name = "Peilingen", description = "Temperatuurpeilingen: de regisseur opent een ronde voor buurten, thema's en "
        + "een periode; actieve sleutelpersonen met toestemming voor peilingen krijgen een persoonlijke link. "
        + "Professionals zien de cijfers van hun eigen buurten, analisten alleen cijfers")
public class PeilingenController {

    private static final String PATH = ApiVersion.BASE_PATH + "/peilingen/";

    private final ListPollRoundsUseCase list;
    private final ShowPollRoundUseCase show;
    private final OpenPollRoundUseCase open;
    private final ClosePollRoundUseCase close;
    private final ResendPollInvitationUseCase resend;

    public PeilingenController(ListPollRoundsUseCase list, ShowPollRoundUseCase show, OpenPollRoundUseCase open,
            ClosePollRoundUseCase close, ResendPollInvitationUseCase resend) {
        this.list = list;
        this.show = show;
        this.open = open;
        this.close = close;
        this.resend = resend;
    }

    @GetMapping
    @Operation(summary = "Peilingrondes per pagina, de laatst openende eerst, met hun respons")
    public PeilingrondesDto peilingen(Actor actor,
            @RequestParam(required = false) @Parameter(description = PollDtos.STATUSES) String status,
            @RequestParam(defaultValue = "0") @Parameter(description = "Vanaf 0") int pagina,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE)
            @Parameter(description = "1 tot " + PageRequest.MAX_SIZE) int paginaGrootte) {
        return PollApiMapper.toDto(list.listPollRounds(actor, new PollRoundQuery(status, pagina, paginaGrootte)));
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een peilingronde openen (regisseur). Zonder opent gaan de uitnodigingen meteen uit; "
            + "sleutelpersonen zonder e-mailadres of zonder toestemming voor peilingen staan in nietUitgenodigd")
    public ResponseEntity<PeilingrondeDto> openen(Actor actor, @RequestBody NieuwePeilingrondeDto body) {
        PollRound round = open.openPollRound(actor, new OpenPollRoundCommand(body.buurten(), body.themas(),
                body.opent(), body.sluit(), body.herhaling(), body.aanleiding()));
        PollRoundReport report = show.showPollRound(actor, round.id().value());
        return ResponseEntity.created(URI.create(PATH + round.id())).eTag(Parameters.etag(round.version()))
                .body(PollApiMapper.toDto(report));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén peilingronde met de respons per buurt en per buurt en thema het gemiddelde en de "
            + "verdeling van de cijfers, met haar versie als ETag")
    public ResponseEntity<PeilingrondeDto> peiling(Actor actor, @PathVariable String id) {
        PollRoundReport report = show.showPollRound(actor, Parameters.uuid("id", id));
        return Parameters.withEtag(report.round().version(), PollApiMapper.toDto(report));
    }

    @PostMapping(value = "/{id}/sluiting")
    @Operation(summary = "De ronde voortijdig sluiten (een geplande ronde: annuleren); de links werken meteen niet "
            + "meer. Een terugkerende ronde plant de volgende, tenzij reeksBeeindigen; vereist If-Match")
    public ResponseEntity<PeilingrondeDto> sluiten(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) SluitingDto body) {
        UUID round = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        boolean endSeries = body != null && Boolean.TRUE.equals(body.reeksBeeindigen());
        PollRound closed = close.closePollRound(actor, new ClosePollRoundCommand(round, endSeries, version));
        return Parameters.withEtag(closed.version(), PollApiMapper.toDto(show.showPollRound(actor, round)));
    }

    /** No If-Match: sending again changes only that invitation's link, never someone else's work. */
    @PostMapping("/{id}/uitnodigingen/{sleutelpersoon}/verzending")
    @Operation(summary = "De uitnodiging van een sleutelpersoon opnieuw versturen met een nieuwe link (na een "
            + "mislukte mail, of voor wie nu een e-mailadres heeft); eerdere links vervallen")
    public UitnodigingDto opnieuwVersturen(Actor actor, @PathVariable String id, @PathVariable String sleutelpersoon) {
        return PollApiMapper.invitation(resend.resendInvitation(actor, Parameters.uuid("id", id),
                Parameters.uuid("sleutelpersoon", sleutelpersoon)));
    }
}
