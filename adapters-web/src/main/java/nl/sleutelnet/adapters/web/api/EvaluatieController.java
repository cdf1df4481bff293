package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import nl.sleutelnet.application.port.in.evaluation.CostCommand;
import nl.sleutelnet.application.port.in.evaluation.EvaluationQuery;
import nl.sleutelnet.application.port.in.evaluation.RecordCostUseCase;
import nl.sleutelnet.application.port.in.evaluation.ShowEvaluationReportUseCase;
import nl.sleutelnet.application.port.in.evaluation.ShowProgrammeUseCase;
import nl.sleutelnet.adapters.web.api.EvaluatieDtos.EvaluatieDto;
import nl.sleutelnet.adapters.web.api.EvaluatieDtos.NieuweKostenDto;
import nl.sleutelnet.adapters.web.api.EvaluatieDtos.ProgrammaDto;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.programme.Programme;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The period report (evaluatie) and the programme's money, for the coordinator and analysts. */
@RestController
@Tag(name = "Evaluatie", description = "Het periodeverslag en het programma (financiering en kosten); zie "
        + "docs/evaluatie.md voor wat elk cijfer betekent")
public class EvaluatieController {

    static final String PATH = ApiVersion.BASE_PATH + "/evaluatie";
    static final String PROGRAMME = ApiVersion.BASE_PATH + "/programma";

    private final ShowEvaluationReportUseCase reports;
    private final ShowProgrammeUseCase programme;
    private final RecordCostUseCase costs;
    private final java.time.Clock clock;

    public EvaluatieController(ShowEvaluationReportUseCase reports, ShowProgrammeUseCase programme,
            RecordCostUseCase costs, java.time.Clock clock) {
        this.reports = reports;
        this.programme = programme;
        this.costs = costs;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @Operation(summary = "Het periodeverslag van een kalenderjaar of een eigen periode, voor de stad of een wijk "
            + "(regisseur, analist). Kleine aantallen zijn standaard verborgen; een analist krijgt ze altijd verborgen")
    public EvaluatieDto evaluatie(Actor actor,
            @RequestParam(required = false) @Parameter(description = "Kalenderjaar; of van en tot; geen van beide: het lopende jaar", example = "2025")
            String jaar,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Eerste dag van een eigen periode") LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Laatste dag van een eigen periode (inbegrepen)") LocalDate tot,
            @RequestParam(required = false) @Parameter(description = "Wijkcode; leeg voor de hele stad",
                    example = "WK093503") String wijk,
            @RequestParam(required = false) @Parameter(description = "Kleine aantallen verbergen (standaard true)")
            Boolean verbergen) {
        Integer year = (jaar == null || jaar.isBlank()) && van == null && tot == null
                ? java.time.Year.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam"))).getValue() : null;
        if (jaar != null && !jaar.isBlank() && !"eigen".equals(jaar)) {
            try {
                year = Integer.valueOf(jaar.strip());
            } catch (NumberFormatException e) {
                throw nl.sleutelnet.application.port.in.InvalidCommandException.of("year", "period.missing",
                        "'" + jaar + "' is not a year.");
            }
        }
        return EvaluatieDtos.of(reports.showReport(actor, new EvaluationQuery(year, year == null ? van : null,
                year == null ? tot : null, wijk, verbergen)));
    }

    @GetMapping(PROGRAMME)
    @Operation(summary = "Het programma Aanpak polarisatie: financiering en kosten (regisseur, analist)")
    public ProgrammaDto programma(Actor actor) {
        return ProgrammaDto.of(programme.showProgramme(actor));
    }

    @PostMapping(value = PROGRAMME + "/kosten", consumes = "application/json")
    @Operation(summary = "Kosten vastleggen, op een dag of over een periode, eventueel voor een interventie "
            + "(regisseur)")
    public ResponseEntity<ProgrammaDto> kosten(Actor actor, @RequestBody NieuweKostenDto body) {
        Programme saved = costs.recordCost(actor, new CostCommand(body.van(), body.tot(), body.bedrag(),
                body.omschrijving(), body.interventie(), body.versie()));
        return ResponseEntity.created(URI.create(PROGRAMME)).body(ProgrammaDto.of(saved));
    }
}
