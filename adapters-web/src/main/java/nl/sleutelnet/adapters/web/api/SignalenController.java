package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.SignalDtos.MeldingStatusDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.NieuweWaarnemingDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.NieuwSignaalDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.SignaalDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.SignalenDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.StapDto;
import nl.sleutelnet.application.port.in.signal.AddSightingUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.OverdueCheck;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SearchSignalsUseCase;
import nl.sleutelnet.application.port.in.signal.ShowSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SightingCommand;
import nl.sleutelnet.application.port.in.signal.SignalQuery;
import nl.sleutelnet.application.port.in.signal.TrackSignalUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.signal.Signal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Signalen", description = "Signaleren, duiden, handelen: signalen van spanning in buurten, hun "
        + "waarnemingen en behandeling (regisseur alles; een professional de eigen buurten en wat aan hem is "
        + "toegewezen)")
public class SignalenController {

    static final String PATH = ApiVersion.BASE_PATH + "/signalen";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ReportSignalUseCase report;
    private final AddSightingUseCase addSighting;
    private final HandleSignalUseCase handle;
    private final ShowSignalUseCase show;
    private final SearchSignalsUseCase search;
    private final TrackSignalUseCase track;
    private final OverdueCheck deadlines;
    private final SignalApiMapper mapper = SignalApiMapper.INSTANCE;

    public SignalenController(ReportSignalUseCase report, AddSightingUseCase addSighting, HandleSignalUseCase handle,
            ShowSignalUseCase show, SearchSignalsUseCase search, TrackSignalUseCase track, OverdueCheck deadlines) {
        this.report = report;
        this.addSighting = addSighting;
        this.handle = handle;
        this.show = show;
        this.search = search;
        this.track = track;
        this.deadlines = deadlines;
    }

    @GetMapping(PATH)
    @Operation(summary = "De inbox: signalen per pagina, nieuwste eerst; filters zijn optioneel en gelden samen")
    public SignalenDto signalen(Actor actor,
            @RequestParam(required = false) @Parameter(description = SignalDtos.STATUSES) String status,
            @RequestParam(defaultValue = "false") @Parameter(description = "Alleen ontvangen signalen die over hun "
                    + "beoordelingstermijn zijn") boolean achterstallig,
            @RequestParam(required = false) @Parameter(description = "CBS-buurtcode", example = "BU09350207")
            String buurt,
            @RequestParam(required = false) @Parameter(description = "Themacode", example = "wij-zij") String thema,
            @RequestParam(required = false) @Parameter(description = "Account-id van de behandelaar")
            String behandelaar,
            @RequestParam(defaultValue = "0") @Parameter(description = "Vanaf 0") int pagina,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE)
            @Parameter(description = "1 tot " + PageRequest.MAX_SIZE) int paginaGrootte) {
        UUID assignee = behandelaar == null || behandelaar.isBlank() ? null
                : Parameters.uuid("behandelaar", behandelaar);
        return mapper.toDto(search.searchSignals(actor, new SignalQuery(status, achterstallig, buurt, thema, assignee,
                pagina, paginaGrootte)), deadlines);
    }

    @PostMapping(value = PATH, consumes = "application/json")
    @Operation(summary = "Een signaal melden. Vrije tekst met een e-mailadres, telefoonnummer, BSN of postcode met "
            + "huisnummer wordt geweigerd (400, met de plaats in de tekst). Antwoordt met het signaal, zijn volgcode "
            + "en ETag")
    public ResponseEntity<SignaalDto> melden(Actor actor,
            @Parameter(description = "Optioneel: een eigen sleutel per melding (bijvoorbeeld een UUID). Dezelfde "
                    + "melding nog eens met dezelfde sleutel maakt geen tweede signaal maar geeft het eerste terug; "
                    + "dezelfde sleutel met een andere melding wordt geweigerd (409)")
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody NieuwSignaalDto body) {
        ReportSignalCommand command = new ReportSignalCommand(body.melderSoort(), body.melder(), body.openBron(),
                body.hoeVerkregen(), body.buurten(), body.themas(), body.intensiteit(), body.omschrijving(),
                body.waargenomenOp(), body.behandelaar());
        Signal signal = idempotencyKey == null ? report.reportSignal(actor, command) : reportOnce(actor,
                idempotencyKey, command);
        return ResponseEntity.created(URI.create(PATH + "/" + signal.id())).eTag(Parameters.etag(signal.version()))
                .body(mapper.toDto(signal, deadlines));
    }

    /**
     * A request whose key was claimed by a concurrent one while it ran is rolled back by the core; asked again, in a
     * transaction of its own, it finds the signal the other one made.
     */
    private Signal reportOnce(Actor actor, String key, ReportSignalCommand command) {
        try {
            return report.reportSignalOnce(actor, key, command);
        } catch (DomainException e) {
            if (!e.code().equals(ReportSignalUseCase.REQUEST_KEY_TAKEN)) {
                throw e;
            }
            return report.reportSignalOnce(actor, key, command);
        }
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "Eén signaal met beoordeling, waarnemingen en historie, met zijn versie als ETag")
    public ResponseEntity<SignaalDto> signaal(Actor actor, @PathVariable String id) {
        return withEtag(show.showSignal(actor, Parameters.uuid("id", id)));
    }

    /** No If-Match: a sighting adds to the signal and cannot overwrite anyone's work. */
    @PostMapping(value = PATH + "/{id}/waarnemingen", consumes = "application/json")
    @Operation(summary = "Dezelfde spanning opnieuw gezien: een waarneming bij het signaal, met eigen melder en "
            + "tijdstip. Waarnemingen door andere bronnen verhogen de betrouwbaarheid van de temperatuur")
    public ResponseEntity<SignaalDto> waarneming(Actor actor, @PathVariable String id,
            @RequestBody NieuweWaarnemingDto body) {
        UUID signalId = Parameters.uuid("id", id);
        Signal signal = addSighting.addSighting(actor, new SightingCommand(signalId, body.melderSoort(),
                body.melder(), body.openBron(), body.hoeVerkregen(), body.waargenomenOp(), body.toelichting()));
        return ResponseEntity.created(URI.create(PATH + "/" + signal.id()))
                .eTag(Parameters.etag(signal.version())).body(mapper.toDto(signal, deadlines));
    }

    @PostMapping(value = PATH + "/{id}/stappen", consumes = "application/json")
    @Operation(summary = "Een stap in de behandeling: beoordelen (ASSESS), oppakken met een interventie (ACT), "
            + "geen actie met reden (NO_ACTION), afsluiten (CLOSE) of toewijzen (ASSIGN); vereist If-Match")
    public ResponseEntity<SignaalDto> stap(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody StapDto body) {
        UUID signalId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        return withEtag(handle.handleSignal(actor, new HandleSignalCommand(signalId, body.stap(),
                body.betrouwbaarheid(), body.toelichting(), body.interventie(), body.behandelaar(), version)));
    }

    @GetMapping(ApiVersion.BASE_PATH + "/meldingen/{volgcode}")
    @Operation(summary = "Openbaar: de melder volgt het signaal met de volgcode. Alleen of het is aangekomen en de "
            + "status, nooit de beoordeling of wie het behandelt")
    public MeldingStatusDto meldingstatus(@PathVariable String volgcode) {
        return track.trackSignal(volgcode).map(mapper::toDto).orElseThrow(() -> DomainException.notFound(
                "signal.tracking-code.unknown", "No signal has the tracking code '%s'; check the code on the "
                        + "receipt (letters and digits, dashes optional).", volgcode));
    }

    private ResponseEntity<SignaalDto> withEtag(Signal signal) {
        return Parameters.withEtag(signal.version(), mapper.toDto(signal, deadlines));
    }
}
