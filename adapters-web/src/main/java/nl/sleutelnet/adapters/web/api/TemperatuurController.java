package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PaginaDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.AntwoordBijdrageDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.BuurtTemperatuurDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.DagDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.GebiedTemperatuurDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.GrenzenDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.KaartDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.ReeksDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.SignaalBijdrageDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.ThemaNaamDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.UitlegDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.WaarschuwingDto;
import nl.sleutelnet.adapters.web.api.TemperatuurDtos.WaarschuwingenDto;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.temperature.AcknowledgeAlertCommand;
import nl.sleutelnet.application.port.in.temperature.AcknowledgeAlertUseCase;
import nl.sleutelnet.application.port.in.temperature.AlertSummary;
import nl.sleutelnet.application.port.in.temperature.ExplainTemperatureUseCase;
import nl.sleutelnet.application.port.in.temperature.ListAlertsUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowAlertUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureMapUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureSeriesUseCase;
import nl.sleutelnet.application.port.in.temperature.TemperatureCell;
import nl.sleutelnet.application.port.in.temperature.TemperatureExplanation;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapQuery;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapReport;
import nl.sleutelnet.application.port.in.temperature.TemperatureSeries;
import nl.sleutelnet.application.port.in.temperature.TemperatureSeriesQuery;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.temperature.Alert;
import nl.sleutelnet.domain.temperature.AreaTemperature;
import nl.sleutelnet.domain.temperature.PollContribution;
import nl.sleutelnet.domain.temperature.SignalContribution;
import nl.sleutelnet.domain.temperature.Temperature;
import nl.sleutelnet.domain.temperature.TemperatureReading;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import nl.sleutelnet.domain.theme.Theme;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(TemperatuurController.PATH)
@Tag(name = "Temperatuur", description = "De temperatuur per buurt en thema (kaart, uitleg, reeks) en de "
        + "waarschuwingen bij een stijging; zie docs/temperatuur.md voor de rekenregel")
public class TemperatuurController {

    static final String PATH = ApiVersion.BASE_PATH + "/temperatuur";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** The default series: the last 90 days, today included. */
    private static final int DEFAULT_DAYS = 90;

    private final ShowTemperatureMapUseCase map;
    private final ExplainTemperatureUseCase explain;
    private final ShowTemperatureSeriesUseCase series;
    private final ListAlertsUseCase listAlerts;
    private final ShowAlertUseCase showAlert;
    private final AcknowledgeAlertUseCase acknowledge;
    private final Clock clock;

    public TemperatuurController(ShowTemperatureMapUseCase map, ExplainTemperatureUseCase explain,
            ShowTemperatureSeriesUseCase series, ListAlertsUseCase listAlerts, ShowAlertUseCase showAlert,
            AcknowledgeAlertUseCase acknowledge, Clock clock) {
        this.map = map;
        this.explain = explain;
        this.series = series;
        this.listAlerts = listAlerts;
        this.showAlert = showAlert;
        this.acknowledge = acknowledge;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "De temperatuur van alle buurten op één of alle actieve thema's, nu, met de samenvatting per "
            + "wijk en voor de stad: alleen cijfers, geen signalen of personen (regisseur, professional, analist)")
    public KaartDto kaart(Actor actor,
            @RequestParam(required = false) @Parameter(description = "Themacode; leeg voor alle actieve thema's",
                    example = "wij-zij") String thema) {
        TemperatureMapReport report = map.showTemperatureMap(actor, new TemperatureMapQuery(thema));
        Map<String, Neighbourhood> buurten = new LinkedHashMap<>();
        report.buurten().forEach(b -> buurten.put(b.code().value(), b));
        List<BuurtTemperatuurDto> figures = report.figures().stream().map(f -> {
            Neighbourhood b = buurten.get(f.buurt().value());
            return new BuurtTemperatuurDto(f.buurt().value(), b.name(), b.district().value(), f.theme().value(),
                    f.score(), f.level().name(), f.trend().name(), f.confidence().name(), f.independentSources(),
                    f.earlierScore());
        }).toList();
        List<GebiedTemperatuurDto> wijken = new ArrayList<>();
        for (District district : report.districts()) {
            Map<nl.sleutelnet.domain.theme.ThemeCode, AreaTemperature> themes = report.rollUp().districts()
                    .get(district.code());
            if (themes != null) {
                for (Theme theme : report.themes()) {
                    wijken.add(area(district.code(), district.name(), themes.get(theme.code())));
                }
            }
        }
        List<GebiedTemperatuurDto> stad = report.themes().stream()
                .map(t -> area(null, "Hele stad", report.rollUp().city(t.code()))).toList();
        return new KaartDto(report.asOf(), report.themes().stream().map(TemperatuurController::theme).toList(),
                figures, wijken, stad, thresholds(report.settings()));
    }

    @GetMapping("/{buurtcode}/{thema}")
    @Operation(summary = "De temperatuur van één buurt op één thema met de signalen en peilingsantwoorden erachter "
            + "en hun gewichten (regisseur; professional voor de eigen buurten). Nooit wie een peiling beantwoordde")
    public UitlegDto uitleg(Actor actor,
            @PathVariable @Parameter(description = "CBS-buurtcode", example = "BU09350207") String buurtcode,
            @PathVariable @Parameter(description = "Themacode", example = "wij-zij") String thema) {
        TemperatureExplanation e = explain.explainTemperature(actor, new TemperatureCell(buurtcode, thema));
        Temperature t = e.temperature();
        List<SignaalBijdrageDto> signalen = e.signals().stream().map(s -> {
            SignalContribution c = s.contribution();
            return new SignaalBijdrageDto(c.signalId(), s.receivedAt(), s.status().name(), s.description(),
                    s.sightings(), c.intensity(), c.reliability().name(), c.reliabilityWeight(),
                    c.independentSources(), c.sourceWeight(), c.observedAt(), c.ageDays(), c.decay(),
                    c.onlyFirstObservation(), c.points());
        }).toList();
        List<AntwoordBijdrageDto> peilingen = e.answers().stream().map(a -> {
            PollContribution c = a.contribution();
            return new AntwoordBijdrageDto(c.answerId(), a.roundId(), a.roundName(), c.rating(), c.tension(),
                    c.answeredAt(), c.ageDays(), c.decay(), c.share(), c.pollWeight(), c.points());
        }).toList();
        return new UitlegDto(e.buurt().code().value(), e.buurt().name(), e.theme().code().value(), e.theme().name(),
                t.asOf(), t.score(), t.level().name(), t.trend().name(), t.confidence().name(),
                t.explanation().independentSources(), t.explanation().earlierAsOf(), t.explanation().earlierScore(),
                t.explanation().signalPart(), t.explanation().pollPart(), signalen, peilingen,
                thresholds(e.settings()));
    }

    @GetMapping("/{buurtcode}/{thema}/reeks")
    @Operation(summary = "De temperatuur aan het eind van elke dag van een periode (hoogstens "
            + TemperatureSeriesQuery.MAX_DAYS + " dagen, Europe/Amsterdam), oudste eerst: voor een trendgrafiek. "
            + "Alleen cijfers (regisseur, professional, analist)")
    public ReeksDto reeks(Actor actor,
            @PathVariable @Parameter(description = "CBS-buurtcode", example = "BU09350207") String buurtcode,
            @PathVariable @Parameter(description = "Themacode", example = "wij-zij") String thema,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Eerste dag; standaard " + (DEFAULT_DAYS - 1) + " dagen voor 'tot'")
            LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Laatste dag; standaard vandaag") LocalDate tot) {
        LocalDate to = tot == null ? LocalDate.ofInstant(clock.instant(), AMSTERDAM) : tot;
        LocalDate from = van == null ? to.minusDays(DEFAULT_DAYS - 1) : van;
        TemperatureSeries s = series.showTemperatureSeries(actor, new TemperatureSeriesQuery(buurtcode, thema, from,
                to));
        return new ReeksDto(s.buurt().code().value(), s.buurt().name(), s.theme().code().value(), s.theme().name(),
                s.from(), s.to(), s.days().stream().map(d -> {
                    TemperatureReading f = d.figure();
                    return new DagDto(d.day(), f.score(), f.level().name(), f.trend().name(), f.confidence().name(),
                            f.independentSources());
                }).toList(), thresholds(s.settings()));
    }

    @GetMapping("/waarschuwingen")
    @Operation(summary = "De waarschuwingen bij een stijging van niveau, open eerst, nieuwste eerst (regisseur)")
    public WaarschuwingenDto waarschuwingen(Actor actor,
            @RequestParam(defaultValue = "0") @Parameter(description = "Vanaf 0") int pagina,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE)
            @Parameter(description = "1 tot " + PageRequest.MAX_SIZE) int paginaGrootte) {
        Page<AlertSummary> page = listAlerts.listAlerts(actor, pageRequest(pagina, paginaGrootte));
        return new WaarschuwingenDto(page.items().stream().map(TemperatuurController::alert).toList(),
                listAlerts.countOpenAlerts(actor),
                new PaginaDto(page.number(), page.size(), page.total(), page.pages()));
    }

    @GetMapping("/waarschuwingen/{id}")
    @Operation(summary = "Eén waarschuwing, met haar versie als ETag (regisseur)")
    public ResponseEntity<WaarschuwingDto> waarschuwing(Actor actor, @PathVariable String id) {
        AlertSummary summary = showAlert.showAlert(actor, Parameters.uuid("id", id));
        return Parameters.withEtag(summary.alert().version(), alert(summary));
    }

    @PostMapping("/waarschuwingen/{id}/gezien")
    @Operation(summary = "Een waarschuwing als gezien markeren; vereist If-Match. Gezien zegt niets over wat er is "
            + "gedaan (regisseur)")
    public ResponseEntity<WaarschuwingDto> gezien(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
            @Parameter(description = "De ETag (versie) van de gelezen waarschuwing", example = "\"1\"")
            String ifMatch) {
        UUID alertId = Parameters.uuid("id", id);
        long version = Parameters.ifMatch(ifMatch);
        AlertSummary seen = acknowledge.acknowledgeAlert(actor, new AcknowledgeAlertCommand(alertId, version));
        return Parameters.withEtag(seen.alert().version(), alert(seen));
    }

    private static PageRequest pageRequest(int page, int size) {
        try {
            return new PageRequest(page, size);
        } catch (DomainException e) {
            throw InvalidCommandException.of(e.code().equals("page.size.invalid") ? "paginaGrootte" : "pagina",
                    e.code(), e.getMessage());
        }
    }

    private static WaarschuwingDto alert(AlertSummary summary) {
        Alert a = summary.alert();
        return new WaarschuwingDto(a.id().value(), a.buurt().value(), summary.buurtName(), a.theme().value(),
                summary.themeName(), a.from().name(), a.to().name(), a.score(), a.at(), a.isOpen(),
                a.acknowledgedAt(), a.acknowledgedBy() == null ? null : a.acknowledgedBy().value(),
                summary.acknowledgedByName(), a.version());
    }

    private static GebiedTemperatuurDto area(DistrictCode district, String name, AreaTemperature area) {
        Map<String, Integer> perLevel = new LinkedHashMap<>();
        area.buurtenPerLevel().forEach((level, count) -> perLevel.put(level.name(), count));
        return new GebiedTemperatuurDto(district == null ? null : district.value(), name, area.theme().value(),
                area.highestLevel().name(), area.highestScore(), perLevel,
                area.hottestBuurten().stream().map(b -> b.value()).toList());
    }

    private static ThemaNaamDto theme(Theme theme) {
        return new ThemaNaamDto(theme.code().value(), theme.name());
    }

    private static GrenzenDto thresholds(TemperatureSettings settings) {
        return new GrenzenDto(settings.tenseFrom(), settings.heatedFrom(), settings.escalatingFrom());
    }
}
