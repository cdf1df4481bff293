package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.evaluation.EvaluationQuery;
import nl.sleutelnet.application.port.in.evaluation.ShowEvaluationReportUseCase;
import nl.sleutelnet.application.port.out.InterventionRepository;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.application.port.out.PartnerRepository;
import nl.sleutelnet.application.port.out.ProgrammeRepository;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.application.port.out.TieRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.evaluation.Area;
import nl.sleutelnet.domain.evaluation.EvaluationReport;
import nl.sleutelnet.domain.evaluation.NetworkHistory;
import nl.sleutelnet.domain.evaluation.ReportPeriod;
import nl.sleutelnet.domain.evaluation.SmallCells;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.Scope;
import nl.sleutelnet.domain.intervention.ScopeSeries;
import nl.sleutelnet.domain.network.analysis.AnalysisSettings;
import nl.sleutelnet.domain.programme.Programme;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.signal.AssessmentDeadlines;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The period report, computed by the domain's {@link EvaluationReport} from the stored history: key persons with
 * their status history, partners and ties (rebuilt as of a day by {@link NetworkHistory} for the existing network
 * analysis), signals with their history, interventions with their ladder, the programme, and the daily temperature
 * of every wijk × theme from the temperature model ({@link ScopeTemperatures}, the same series an intervention's
 * withdrawal rests on).
 */
public final class EvaluationService implements ShowEvaluationReportUseCase {

    private final KeyPersonRepository keyPersons;
    private final PartnerRepository partners;
    private final TieRepository ties;
    private final SignalRepository signals;
    private final InterventionRepository interventions;
    private final ProgrammeRepository programmes;
    private final NeighbourhoodRegister register;
    private final ThemeRepository themes;
    private final ScopeTemperatures temperatures;
    private final NetworkSettings network;
    private final AssessmentDeadlines deadlines;
    private final double trendTolerance;
    private final EvaluationSettings settings;
    private final Clock clock;

    public EvaluationService(KeyPersonRepository keyPersons, PartnerRepository partners, TieRepository ties,
            SignalRepository signals, InterventionRepository interventions, ProgrammeRepository programmes,
            NeighbourhoodRegister register, ThemeRepository themes, ScopeTemperatures temperatures,
            NetworkSettings network, AssessmentDeadlines deadlines, double trendTolerance,
            EvaluationSettings settings, Clock clock) {
        this.keyPersons = checkNotNull(keyPersons, "keyPersons");
        this.partners = checkNotNull(partners, "partners");
        this.ties = checkNotNull(ties, "ties");
        this.signals = checkNotNull(signals, "signals");
        this.interventions = checkNotNull(interventions, "interventions");
        this.programmes = checkNotNull(programmes, "programmes");
        this.register = checkNotNull(register, "register");
        this.themes = checkNotNull(themes, "themes");
        this.temperatures = checkNotNull(temperatures, "temperatures");
        this.network = checkNotNull(network, "network");
        this.deadlines = checkNotNull(deadlines, "deadlines");
        this.trendTolerance = trendTolerance;
        this.settings = checkNotNull(settings, "settings");
        this.clock = checkNotNull(clock, "clock");
    }

    @Override
    public EvaluationReport showReport(Actor actor, EvaluationQuery query) {
        actor.require(Permission.VIEW_EVALUATION);
        checkNotNull(query, "query");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, network.zone());
        ReportPeriod period = query.period();
        if (period.from().isAfter(today)) {
            throw InvalidCommandException.of(query.year() != null ? "year" : "from", "period.future",
                    "The period starts on " + period.from() + ", after today (" + today
                            + "): there is nothing to report yet.");
        }
        Map<DistrictCode, Set<NeighbourhoodCode>> districts = new TreeMap<>(
                java.util.Comparator.comparing(DistrictCode::value));
        for (Neighbourhood buurt : register.neighbourhoods()) {
            districts.computeIfAbsent(buurt.district(), d -> new java.util.TreeSet<>()).add(buurt.code());
        }
        Map<String, String> names = new LinkedHashMap<>();
        register.districts().forEach(d -> names.put(d.code().value(), d.name()));
        List<Theme> active = themes.findAll().stream().filter(Theme::active).toList();
        active.forEach(t -> names.put(t.code().value(), t.name()));
        List<ThemeCode> themeCodes = active.stream().map(Theme::code).toList();

        Area area;
        if (query.districtCode().isPresent()) {
            DistrictCode code = query.districtCode().get();
            District district = register.district(code).orElseThrow(() -> InvalidCommandException.of("district",
                    "district.not-found", "There is no wijk " + code.value() + " in the register."));
            area = new Area(code, district.name(), districts.getOrDefault(code, Set.of()));
        } else {
            area = Area.city("Hele stad", districts.values().stream().flatMap(Set::stream).toList());
        }
        Map<DistrictCode, Set<NeighbourhoodCode>> inArea = districts.entrySet().stream()
                .filter(e -> area.isCity() || e.getKey().equals(area.district()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        ReportPeriod previous = period.previous();
        Programme programme = programmes.findById(Programme.AANPAK_POLARISATIE)
                .orElseGet(Programme::aanpakPolarisatie);
        EvaluationReport.Sources sources = new EvaluationReport.Sources(
                new NetworkHistory(keyPersons.findAll(), partners.findAll(), ties.findAll(),
                        network.analysis(), network.zone()),
                allSignals(), allInterventions(), programme,
                series(inArea, themeCodes, period.from(), period.lastDaySeen(today)),
                series(inArea, themeCodes, previous.from(), previous.to()),
                districts, themeCodes, names, deadlines, network.staleAfterDays(), trendTolerance, network.zone(),
                now);
        boolean analyst = !actor.hasRole(Role.COORDINATOR);
        SmallCells cells = query.suppress() || analyst ? settings.smallCells() : SmallCells.off();
        return EvaluationReport.compile(area, period, sources, cells);
    }

    private Map<DistrictCode, Map<ThemeCode, ScopeSeries>> series(Map<DistrictCode, Set<NeighbourhoodCode>> wijken,
            List<ThemeCode> themeCodes, LocalDate from, LocalDate to) {
        Map<DistrictCode, Map<ThemeCode, ScopeSeries>> all = new LinkedHashMap<>();
        for (Map.Entry<DistrictCode, Set<NeighbourhoodCode>> wijk : wijken.entrySet()) {
            if (wijk.getValue().isEmpty()) {
                continue;
            }
            Map<ThemeCode, ScopeSeries> perTheme = new LinkedHashMap<>();
            for (ThemeCode theme : themeCodes) {
                perTheme.put(theme, temperatures.dailySeries(Scope.of(wijk.getValue(), Set.of(theme)), from, to));
            }
            all.put(wijk.getKey(), perTheme);
        }
        return all;
    }

    private List<Signal> allSignals() {
        List<Signal> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Signal> found = signals.search(new SignalRepository.Search(Set.of(), null, null, null, null, null,
                    Set.of(), new PageRequest(page, PageRequest.MAX_SIZE)));
            all.addAll(found.items());
            if (!found.hasNext()) {
                return all;
            }
        }
    }

    private List<Intervention> allInterventions() {
        List<Intervention> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Intervention> found = interventions.search(new InterventionRepository.Search(Set.of(), null, null,
                    null, null, null, new PageRequest(page, PageRequest.MAX_SIZE)));
            all.addAll(found.items());
            if (!found.hasNext()) {
                return all;
            }
        }
    }
}
