package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;
import nl.sleutelnet.adapters.web.api.InterventionDtos.AanwezigNetwerkDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.DeelnemerWijzigingDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.DraagkrachtInvoerDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.EigenaarDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.EvaluatieInvoerDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.InterventieDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.InterventieWijzigingDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.InterventiesDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.NieuweDeelnemerDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.NieuweDynamiekDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.NieuweInterventieDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.NieuweStapDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.NieuweTaakDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.NotitieDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.ReikwijdteDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.SignaalKoppelingDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.StartDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.TaakstapDto;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.intervention.AddInterventionNoteUseCase;
import nl.sleutelnet.application.port.in.intervention.AddNoteCommand;
import nl.sleutelnet.application.port.in.intervention.AddParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.AddTaskCommand;
import nl.sleutelnet.application.port.in.intervention.AddTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityCommand;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeInterventionScopeUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementCommand;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeScopeCommand;
import nl.sleutelnet.application.port.in.intervention.ChangeTaskCommand;
import nl.sleutelnet.application.port.in.intervention.ChangeTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.CompleteTaskCommand;
import nl.sleutelnet.application.port.in.intervention.CompleteTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.DescribeInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.DescribeInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.HandOverCommand;
import nl.sleutelnet.application.port.in.intervention.HandOverInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.InterventionQuery;
import nl.sleutelnet.application.port.in.intervention.LinkSignalCommand;
import nl.sleutelnet.application.port.in.intervention.LinkSignalUseCase;
import nl.sleutelnet.application.port.in.intervention.ParticipantCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.RemoveDynamicCommand;
import nl.sleutelnet.application.port.in.intervention.RemoveDynamicUseCase;
import nl.sleutelnet.application.port.in.intervention.RemoveParticipantCommand;
import nl.sleutelnet.application.port.in.intervention.RemoveParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.ReopenTaskCommand;
import nl.sleutelnet.application.port.in.intervention.ReopenTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.SearchInterventionsUseCase;
import nl.sleutelnet.application.port.in.intervention.ShowInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.ShowNetworkInScopeUseCase;
import nl.sleutelnet.application.port.in.intervention.StartInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.StartInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.TagDynamicCommand;
import nl.sleutelnet.application.port.in.intervention.TagDynamicUseCase;
import nl.sleutelnet.application.port.in.intervention.WithdrawCommand;
import nl.sleutelnet.application.port.in.intervention.WithdrawUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.Participant;
import nl.sleutelnet.domain.shared.PageRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Interventions: plan, run and close a tailor-made response, step back responsibly. Every change is made against the
 * version read ({@code If-Match}) and answers the whole intervention with its new version as ETag, including what
 * Sleutelnet computes for today (the scope's daily temperatures and the withdrawal decision).
 */
@RestController
@Tag(name = "Interventies", description = "Aanpak op maat: plannen, deelnemers, taken, draagkracht, dynamiek, op- en "
        + "afschalen, verantwoord terugtrekken en afsluiten met een evaluatie (regisseur alles; een professional "
        + "taken en notities in de eigen buurten)")
public class InterventiesController {

    static final String PATH = ApiVersion.BASE_PATH + "/interventies";
    private static final String IF_MATCH = "Vereist If-Match met de ETag van de gelezen versie";

    private final PlanInterventionUseCase plan;
    private final DescribeInterventionUseCase describe;
    private final ChangeInterventionScopeUseCase changeScope;
    private final HandOverInterventionUseCase handOver;
    private final LinkSignalUseCase linkSignal;
    private final AddParticipantUseCase addParticipant;
    private final ChangeParticipantUseCase changeParticipant;
    private final RemoveParticipantUseCase removeParticipant;
    private final AddTaskUseCase addTask;
    private final ChangeTaskUseCase changeTask;
    private final CompleteTaskUseCase completeTask;
    private final ReopenTaskUseCase reopenTask;
    private final AssessCapacityUseCase assessCapacity;
    private final ShowNetworkInScopeUseCase networkInScope;
    private final TagDynamicUseCase tagDynamic;
    private final RemoveDynamicUseCase removeDynamic;
    private final AddInterventionNoteUseCase addNote;
    private final StartInterventionUseCase start;
    private final ChangeInvolvementUseCase changeInvolvement;
    private final WithdrawUseCase withdraw;
    private final CloseInterventionUseCase close;
    private final SearchInterventionsUseCase search;
    private final ShowInterventionUseCase show;
    private final InterventionApiMapper mapper = InterventionApiMapper.INSTANCE;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public InterventiesController(PlanInterventionUseCase plan, DescribeInterventionUseCase describe,
            ChangeInterventionScopeUseCase changeScope, HandOverInterventionUseCase handOver,
            LinkSignalUseCase linkSignal, AddParticipantUseCase addParticipant,
            ChangeParticipantUseCase changeParticipant, RemoveParticipantUseCase removeParticipant,
            AddTaskUseCase addTask, ChangeTaskUseCase changeTask, CompleteTaskUseCase completeTask,
            ReopenTaskUseCase reopenTask, AssessCapacityUseCase assessCapacity,
            ShowNetworkInScopeUseCase networkInScope, TagDynamicUseCase tagDynamic,
            RemoveDynamicUseCase removeDynamic, AddInterventionNoteUseCase addNote, StartInterventionUseCase start,
            ChangeInvolvementUseCase changeInvolvement, WithdrawUseCase withdraw, CloseInterventionUseCase close,
            SearchInterventionsUseCase search, ShowInterventionUseCase show) {
        this.plan = plan;
        this.describe = describe;
        this.changeScope = changeScope;
        this.handOver = handOver;
        this.linkSignal = linkSignal;
        this.addParticipant = addParticipant;
        this.changeParticipant = changeParticipant;
        this.removeParticipant = removeParticipant;
        this.addTask = addTask;
        this.changeTask = changeTask;
        this.completeTask = completeTask;
        this.reopenTask = reopenTask;
        this.assessCapacity = assessCapacity;
        this.networkInScope = networkInScope;
        this.tagDynamic = tagDynamic;
        this.removeDynamic = removeDynamic;
        this.addNote = addNote;
        this.start = start;
        this.changeInvolvement = changeInvolvement;
        this.withdraw = withdraw;
        this.close = close;
        this.search = search;
        this.show = show;
    }

    @GetMapping(PATH)
    @Operation(summary = "Het bord: interventies per pagina, laatst gepland eerst; filters zijn optioneel en gelden "
            + "samen")
    public InterventiesDto interventies(Actor actor,
            @RequestParam(required = false) @Parameter(description = InterventionDtos.STATUSES) String status,
            @RequestParam(required = false) @Parameter(description = "De huidige betrokkenheid: "
                    + InterventionDtos.INVOLVEMENTS) String betrokkenheid,
            @RequestParam(required = false) @Parameter(description = "CBS-buurtcode", example = "BU09350207")
            String buurt,
            @RequestParam(required = false) @Parameter(description = "Themacode", example = "wij-zij") String thema,
            @RequestParam(required = false) @Parameter(description = "Account-id van de eigenaar") String eigenaar,
            @RequestParam(defaultValue = "0") @Parameter(description = "Vanaf 0") int pagina,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE)
            @Parameter(description = "1 tot " + PageRequest.MAX_SIZE) int paginaGrootte) {
        UUID owner = eigenaar == null || eigenaar.isBlank() ? null : Parameters.uuid("eigenaar", eigenaar);
        return mapper.toDto(search.searchInterventions(actor, new InterventionQuery(status, betrokkenheid, buurt,
                thema, owner, pagina, paginaGrootte)));
    }

    @PostMapping(value = PATH, consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een interventie plannen (regisseur). De meegegeven signalen moeten beoordeeld zijn en "
            + "een buurt en thema met de reikwijdte delen; ze worden ACTED. Antwoordt met de interventie en ETag")
    public ResponseEntity<InterventieDto> plannen(Actor actor, @RequestBody NieuweInterventieDto body) {
        Intervention planned = plan.planIntervention(actor, new PlanInterventionCommand(body.titel(), body.doel(),
                body.type(), body.buurten(), body.themas(), body.signalen(), body.eigenaar(), body.betrokkenheid()));
        return ResponseEntity.created(URI.create(PATH + "/" + planned.id())).eTag(Parameters.etag(planned.version()))
                .body(details(actor, planned.id().value()));
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "Eén interventie met tijdlijn, taken, deelnemers, draagkracht, dynamiek en ladder, en wat "
            + "vandaag berekend is: de temperatuur van de reikwijdte per dag en of terugtrekken nu mag")
    public ResponseEntity<InterventieDto> interventie(Actor actor, @PathVariable String id) {
        InterventieDto dto = details(actor, Parameters.uuid("id", id));
        return Parameters.withEtag(dto.versie(), dto);
    }

    @PutMapping(value = PATH + "/{id}", consumes = "application/json")
    @Operation(summary = "Titel, doel en soort wijzigen (regisseur). " + IF_MATCH)
    public ResponseEntity<InterventieDto> wijzigen(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody InterventieWijzigingDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, describe.describeIntervention(actor, new DescribeInterventionCommand(interventionId,
                body.titel(), body.doel(), body.type(), version)));
    }

    @PutMapping(value = PATH + "/{id}/reikwijdte", consumes = "application/json")
    @Operation(summary = "Andere buurten en thema's, alleen zolang gepland (regisseur). " + IF_MATCH)
    public ResponseEntity<InterventieDto> reikwijdte(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ReikwijdteDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, changeScope.changeScope(actor, new ChangeScopeCommand(interventionId, body.buurten(),
                body.themas(), version)));
    }

    @PutMapping(value = PATH + "/{id}/eigenaar", consumes = "application/json")
    @Operation(summary = "Overdragen aan een andere eigenaar: een actieve regisseur of professional (regisseur). "
            + IF_MATCH)
    public ResponseEntity<InterventieDto> eigenaar(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody EigenaarDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, handOver.handOver(actor, new HandOverCommand(interventionId, body.eigenaar(),
                version)));
    }

    @PostMapping(value = PATH + "/{id}/signalen", consumes = "application/json")
    @Operation(summary = "Nog een beoordeeld signaal oppakken: het signaal wordt ACTED met deze interventie. Een "
            + "ontvangen (nog niet beoordeeld) signaal wordt geweigerd (409). " + IF_MATCH)
    public ResponseEntity<InterventieDto> signaalKoppelen(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody SignaalKoppelingDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        UUID signal = Parameters.required("signaal", body.signaal());
        return respond(actor, linkSignal.linkSignal(actor, new LinkSignalCommand(interventionId, signal, version)));
    }

    @PostMapping(value = PATH + "/{id}/deelnemers", consumes = "application/json")
    @Operation(summary = "Een sleutelpersoon of partner uit het netwerk doet mee, met de eigen bijdrage "
            + "(regisseur). Een sleutelpersoon moet actief zijn en een grondslag voor interventies hebben. "
            + IF_MATCH)
    public ResponseEntity<InterventieDto> deelnemerToevoegen(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody NieuweDeelnemerDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, addParticipant.addParticipant(actor, new ParticipantCommand(interventionId,
                body.soort(), body.id(), body.bijdrage(), version)));
    }

    @PutMapping(value = PATH + "/{id}/deelnemers/{lid}", consumes = "application/json")
    @Operation(summary = "De bijdrage van een deelnemer wijzigen (regisseur). " + IF_MATCH)
    public ResponseEntity<InterventieDto> deelnemerWijzigen(Actor actor, @PathVariable String id,
            @PathVariable String lid, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody DeelnemerWijzigingDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        UUID member = Parameters.uuid("lid", lid);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, changeParticipant.changeParticipant(actor, new ParticipantCommand(interventionId,
                kindOf(actor, interventionId, member), member, body.bijdrage(), version)));
    }

    @DeleteMapping(PATH + "/{id}/deelnemers/{lid}")
    @Operation(summary = "Een deelnemer doet niet meer mee (regisseur); de tijdlijn houdt dat vast. " + IF_MATCH)
    public ResponseEntity<InterventieDto> deelnemerVerwijderen(Actor actor, @PathVariable String id,
            @PathVariable String lid, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        UUID interventionId = Parameters.uuid("id", id);
        UUID member = Parameters.uuid("lid", lid);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, removeParticipant.removeParticipant(actor, new RemoveParticipantCommand(interventionId,
                kindOf(actor, interventionId, member), member, null, version)));
    }

    @PostMapping(value = PATH + "/{id}/taken", consumes = "application/json")
    @Operation(summary = "Een taak met behandelaar en uiterlijke dag (regisseur; professional in de eigen "
            + "buurten). " + IF_MATCH)
    public ResponseEntity<InterventieDto> taakToevoegen(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody NieuweTaakDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, addTask.addTask(actor, new AddTaskCommand(interventionId, body.omschrijving(),
                body.behandelaar(), body.uiterlijk(), version)));
    }

    @PutMapping(value = PATH + "/{id}/taken/{taak}", consumes = "application/json")
    @Operation(summary = "Omschrijving, behandelaar of uiterlijke dag van een open taak wijzigen. " + IF_MATCH)
    public ResponseEntity<InterventieDto> taakWijzigen(Actor actor, @PathVariable String id,
            @PathVariable String taak, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody NieuweTaakDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        UUID task = Parameters.uuid("taak", taak);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, changeTask.changeTask(actor, new ChangeTaskCommand(interventionId, task,
                body.omschrijving(), body.behandelaar(), body.uiterlijk(), version)));
    }

    @PostMapping(value = PATH + "/{id}/taken/{taak}/stappen", consumes = "application/json")
    @Operation(summary = "Een taak afronden (COMPLETE, toelichting mag) of heropenen (REOPEN, toelichting is de "
            + "reden). " + IF_MATCH)
    public ResponseEntity<InterventieDto> taakstap(Actor actor, @PathVariable String id, @PathVariable String taak,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TaakstapDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        UUID task = Parameters.uuid("taak", taak);
        long version = Parameters.ifMatch(ifMatch);
        String step = body.stap() == null ? "" : body.stap().strip().toUpperCase(java.util.Locale.ROOT);
        return switch (step) {
            case "COMPLETE" -> respond(actor, renamed(() -> completeTask.completeTask(actor,
                    new CompleteTaskCommand(interventionId, task, body.toelichting(), version)), "note"));
            case "REOPEN" -> respond(actor, renamed(() -> reopenTask.reopenTask(actor,
                    new ReopenTaskCommand(interventionId, task, body.toelichting(), version)), "reason"));
            default -> throw InvalidCommandException.of("stap", "intervention.task.step.unknown",
                    "'" + body.stap() + "' is not a step of a task: COMPLETE or REOPEN.");
        };
    }

    @GetMapping(PATH + "/{id}/netwerk")
    @Operation(summary = "De sleutelpersonen en partners die het netwerk nu in de reikwijdte heeft (regisseur): wat "
            + "de draagkrachtbeoordeling zal vastleggen")
    public AanwezigNetwerkDto netwerk(Actor actor, @PathVariable String id) {
        return mapper.toNetwork(networkInScope.networkInScope(actor, Parameters.uuid("id", id)));
    }

    @PutMapping(value = PATH + "/{id}/draagkracht", consumes = "application/json")
    @Operation(summary = "De draagkracht beoordelen (regisseur): lokale initiatieven en het oordeel. Wie aanwezig "
            + "is haalt Sleutelnet nu uit het netwerk. Nodig vóór de start. " + IF_MATCH)
    public ResponseEntity<InterventieDto> draagkracht(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody DraagkrachtInvoerDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, assessCapacity.assessCapacity(actor, new AssessCapacityCommand(interventionId,
                body.initiatieven(), body.draagkracht(), body.oordeel(), version)));
    }

    @PostMapping(value = PATH + "/{id}/dynamiek", consumes = "application/json")
    @Operation(summary = "Een rol van Brandsma op een dynamiek in de casus, met een periode (regisseur). Nooit op "
            + "een persoon: er is geen veld voor. " + IF_MATCH)
    public ResponseEntity<InterventieDto> dynamiekToevoegen(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody NieuweDynamiekDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, tagDynamic.tagDynamic(actor, new TagDynamicCommand(interventionId, body.rol(),
                body.dynamiek(), body.van(), body.tot(), version)));
    }

    @DeleteMapping(PATH + "/{id}/dynamiek/{dynamiek}")
    @Operation(summary = "Een dynamiek die niet meer past weghalen (regisseur). " + IF_MATCH)
    public ResponseEntity<InterventieDto> dynamiekVerwijderen(Actor actor, @PathVariable String id,
            @PathVariable String dynamiek,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        UUID interventionId = Parameters.uuid("id", id);
        UUID tag = Parameters.uuid("dynamiek", dynamiek);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, removeDynamic.removeDynamic(actor, new RemoveDynamicCommand(interventionId, tag, null,
                version)));
    }

    @PostMapping(value = PATH + "/{id}/notities", consumes = "application/json")
    @Operation(summary = "Een notitie op de tijdlijn: een overleg, een gesprek, een verandering in de buurt. "
            + IF_MATCH)
    public ResponseEntity<InterventieDto> notitie(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody NotitieDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, addNote.addNote(actor, new AddNoteCommand(interventionId, body.notitie(), version)));
    }

    @PostMapping(value = PATH + "/{id}/start", consumes = "application/json")
    @Operation(summary = "Starten met de exitcriteria (regisseur): PLANNED → ACTIVE. Vereist een "
            + "draagkrachtbeoordeling; de exitcriteria veranderen daarna niet meer. " + IF_MATCH)
    public ResponseEntity<InterventieDto> starten(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody StartDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, start.startIntervention(actor, new StartInterventionCommand(interventionId,
                body.exitNiveau(), body.exitDagen(), version)));
    }

    @PostMapping(value = PATH + "/{id}/betrokkenheid", consumes = "application/json")
    @Operation(summary = "Een stap op de ladder (regisseur): op- of afschalen naar LEAD, CONTRIBUTE of MONITOR, of "
            + "terugtrekken (WITHDRAWN). Terugtrekken mag als de temperatuur van de reikwijdte de exitperiode op of "
            + "onder het exitniveau bleef, of met een verantwoording die wordt vastgelegd. Anders 409 "
            + "(intervention.withdrawal.refused) met de huidige temperatuur en wat ontbreekt in detail en besluit. "
            + IF_MATCH)
    public ResponseEntity<InterventieDto> betrokkenheid(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody NieuweStapDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        if (body.betrokkenheid() != null && body.betrokkenheid().strip().equalsIgnoreCase("WITHDRAWN")) {
            return respond(actor, withdraw.withdraw(actor, new WithdrawCommand(interventionId, body.reden(),
                    body.verantwoording(), version)));
        }
        if (body.verantwoording() != null && !body.verantwoording().isBlank()) {
            throw InvalidCommandException.of("verantwoording", "intervention.justification.unexpected",
                    "A justification belongs to a withdrawal only; leave it out when scaling up or down.");
        }
        return respond(actor, changeInvolvement.changeInvolvement(actor, new ChangeInvolvementCommand(interventionId,
                body.betrokkenheid(), body.reden(), version)));
    }

    @PostMapping(value = PATH + "/{id}/evaluatie", consumes = "application/json")
    @Operation(summary = "Afsluiten met de evaluatie (regisseur): ACTIVE → CLOSED. De temperatuur van de reikwijdte "
            + "bij start en bij afsluiten berekent Sleutelnet; er is geen veld om ze in te voeren. " + IF_MATCH)
    public ResponseEntity<InterventieDto> evaluatie(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody EvaluatieInvoerDto body) {
        UUID interventionId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        return respond(actor, close.closeIntervention(actor, new CloseInterventionCommand(interventionId,
                body.uitkomst(), body.lessen(), body.vervolg(), version)));
    }

    private InterventieDto details(Actor actor, UUID id) {
        return mapper.toDto(show.showIntervention(actor, id));
    }

    private ResponseEntity<InterventieDto> respond(Actor actor, Intervention changed) {
        return Parameters.withEtag(changed.version(), details(actor, changed.id().value()));
    }

    /** The kind of a participant, by the member's id; an unknown one is left to the use case to refuse. */
    private String kindOf(Actor actor, UUID interventionId, UUID member) {
        return show.showIntervention(actor, interventionId).intervention().participants().stream()
                .map(Participant::member).filter(m -> m.id().equals(member)).findFirst()
                .map(m -> m.kind().name()).orElse("KEY_PERSON");
    }

    /**
     * A task step takes its text as {@code toelichting}, whichever name the command gives it ({@code note},
     * {@code reason}): an error on it is named as the client sent it.
     */
    private static <T> T renamed(Supplier<T> command, String field) {
        try {
            return command.get();
        } catch (InvalidCommandException e) {
            throw new InvalidCommandException(e.violations().stream().map(v -> v.field().equals(field)
                    ? new FieldViolation("explanation", v.code(), v.message()) : v).toList());
        }
    }
}
