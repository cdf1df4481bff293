package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.NetworkDtos.DatumDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.GrondslagInvoerDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.NieuweSleutelpersoonDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.SleutelpersonenDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.SleutelpersoonDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.SleutelpersoonWijzigingDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.StatuswijzigingInvoerDto;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.KeyPersonQuery;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RecordContactUseCase;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.SearchKeyPersonsUseCase;
import nl.sleutelnet.application.port.in.network.ShowKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.WithdrawConsentUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.shared.PageRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiVersion.BASE_PATH + "/sleutelpersonen")
@Tag(name = "Sleutelpersonen", description = "Geïnformeerde partners in het netwerk, met hun grondslag en "
        + "levenscyclus (regisseur; een professional ziet alleen die van de eigen buurten)")
public class SleutelpersonenController {

    private static final String PATH = ApiVersion.BASE_PATH + "/sleutelpersonen/";

    private final SearchKeyPersonsUseCase search;
    private final ShowKeyPersonUseCase show;
    private final RegisterKeyPersonUseCase register;
    private final ChangeKeyPersonUseCase change;
    private final RecordLegalBasisUseCase recordLegalBasis;
    private final ChangeKeyPersonStatusUseCase changeStatus;
    private final WithdrawConsentUseCase withdrawConsent;
    private final RecordContactUseCase recordContact;
    private final NetworkApiMapper mapper = NetworkApiMapper.INSTANCE;

    public SleutelpersonenController(SearchKeyPersonsUseCase search, ShowKeyPersonUseCase show,
            RegisterKeyPersonUseCase register, ChangeKeyPersonUseCase change,
            RecordLegalBasisUseCase recordLegalBasis, ChangeKeyPersonStatusUseCase changeStatus,
            WithdrawConsentUseCase withdrawConsent, RecordContactUseCase recordContact) {
        this.search = search;
        this.show = show;
        this.register = register;
        this.change = change;
        this.recordLegalBasis = recordLegalBasis;
        this.changeStatus = changeStatus;
        this.withdrawConsent = withdrawConsent;
        this.recordContact = recordContact;
    }

    @GetMapping
    @Operation(summary = "Sleutelpersonen op naam, per pagina; filters zijn optioneel en gelden samen. Een "
            + "professional ziet alleen sleutelpersonen die actief zijn in de eigen buurten")
    public SleutelpersonenDto sleutelpersonen(Actor actor,
            @RequestParam(required = false) @Parameter(description = "CBS-buurtcode", example = "BU09350207")
            String buurt,
            @RequestParam(required = false) @Parameter(description = "Themacode", example = "wij-zij") String thema,
            @RequestParam(required = false) @Parameter(description = NetworkDtos.STATUSES) String status,
            @RequestParam(required = false) @Parameter(description = "Deel van de naam of het e-mailadres") String zoek,
            @RequestParam(defaultValue = "0") @Parameter(description = "Vanaf 0") int pagina,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE)
            @Parameter(description = "1 tot " + PageRequest.MAX_SIZE) int paginaGrootte) {
        return mapper.toDto(search.searchKeyPersons(actor,
                new KeyPersonQuery(buurt, thema, status, zoek, pagina, paginaGrootte)));
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een kandidaat-sleutelpersoon registreren, eventueel met grondslag en voordracht")
    public ResponseEntity<SleutelpersoonDto> registreren(Actor actor, @RequestBody NieuweSleutelpersoonDto body) {
        KeyPerson registered = register.registerKeyPerson(actor, registration(body));
        return ResponseEntity.created(URI.create(PATH + registered.id()))
                .eTag(Parameters.etag(registered.version())).body(mapper.toDto(registered));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén sleutelpersoon met grondslag, voordracht en historie, met zijn versie als ETag")
    public ResponseEntity<SleutelpersoonDto> sleutelpersoon(Actor actor, @PathVariable String id) {
        return withEtag(show.showKeyPerson(actor, keyPersonId(id)));
    }

    @PutMapping(value = "/{id}", consumes = "application/json")
    @Operation(summary = "Het profiel wijzigen (naam, contact, buurten, bereik, thema's, talen, contactpersoon, "
            + "notities); vereist If-Match")
    public ResponseEntity<SleutelpersoonDto> wijzigen(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody SleutelpersoonWijzigingDto body) {
        long version = Parameters.ifMatch(ifMatch);
        return withEtag(change.changeKeyPerson(actor, new ChangeKeyPersonCommand(keyPersonId(id), body.naam(),
                body.email(), body.telefoon(), body.buurten(), body.bereik(), body.themas(), body.talen(),
                body.contactpersoon(), body.notities(), version)));
    }

    @PutMapping(value = "/{id}/grondslag", consumes = "application/json")
    @Operation(summary = "De grondslag vastleggen of vervangen: toestemming (datum, doelen, hoe gegeven) of een "
            + "andere grond met referentie; vereist If-Match")
    public ResponseEntity<SleutelpersoonDto> grondslag(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody GrondslagInvoerDto body) {
        long version = Parameters.ifMatch(ifMatch);
        UUID keyPerson = keyPersonId(id);
        return withEtag(recordLegalBasis.recordLegalBasis(actor, keyPerson, legalBasis(body), version));
    }

    @PostMapping(value = "/{id}/statuswijzigingen", consumes = "application/json")
    @Operation(summary = "De status wijzigen (ACTIVE, PAUSED of DEPARTED) met een reden; activeren vereist een "
            + "geldige grondslag; vereist If-Match. Antwoordt met de sleutelpersoon en zijn nieuwe ETag")
    public ResponseEntity<SleutelpersoonDto> statuswijziging(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody StatuswijzigingInvoerDto body) {
        long version = Parameters.ifMatch(ifMatch);
        return withEtag(changeStatus.changeStatus(actor, new ChangeStatusCommand(keyPersonId(id), body.status(),
                body.reden(), version)));
    }

    /** No If-Match: a withdrawal of consent takes effect whatever else changed meanwhile. */
    @PostMapping(value = "/{id}/toestemming-intrekking", consumes = "application/json")
    @Operation(summary = "De sleutelpersoon trekt de toestemming in: dat geldt meteen, zonder If-Match; een actieve "
            + "sleutelpersoon wordt gepauzeerd")
    public ResponseEntity<SleutelpersoonDto> toestemmingIntrekken(Actor actor, @PathVariable String id,
            @RequestBody DatumDto body) {
        UUID keyPerson = keyPersonId(id);
        return withEtag(withdrawConsent.withdrawConsent(actor, keyPerson, Parameters.required("op", body.op())));
    }

    @PostMapping(value = "/{id}/contactmomenten", consumes = "application/json")
    @Operation(summary = "Contact met de sleutelpersoon vastleggen; het laatste contact blijft bewaard")
    public ResponseEntity<SleutelpersoonDto> contactmoment(Actor actor, @PathVariable String id,
            @RequestBody DatumDto body) {
        UUID keyPerson = keyPersonId(id);
        return withEtag(recordContact.recordContact(actor, keyPerson, Parameters.required("op", body.op())));
    }

    private ResponseEntity<SleutelpersoonDto> withEtag(KeyPerson keyPerson) {
        return Parameters.withEtag(keyPerson.version(), mapper.toDto(keyPerson));
    }

    /** The command and the legal basis in it validate separately; the client hears about both at once. */
    private static RegisterKeyPersonCommand registration(NieuweSleutelpersoonDto body) {
        List<FieldViolation> problems = new ArrayList<>();
        LegalBasisInput basis = body.grondslag() == null ? null
                : Parameters.collect("legalBasis", () -> legalBasis(body.grondslag()), problems);
        RegisterKeyPersonCommand command = Parameters.collect("", () -> new RegisterKeyPersonCommand(body.naam(),
                body.email(), body.telefoon(), body.buurten(), body.bereik(), body.themas(), body.talen(),
                body.contactpersoon(), body.notities(), basis, body.voorgedragenDoorSoort(),
                body.voorgedragenDoor(), body.motivatie()), problems);
        Parameters.refuseIfAny(problems);
        return command;
    }

    private static LegalBasisInput legalBasis(GrondslagInvoerDto body) {
        return new LegalBasisInput(body.grond(), body.vastgelegdOp(), body.doelen(), body.hoeGegeven(),
                body.referentie());
    }

    private static UUID keyPersonId(String id) {
        return Parameters.uuid("id", id);
    }
}
