package nl.sleutelnet.domain.evaluation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.ScopeSeries;
import nl.sleutelnet.domain.programme.Cost;
import nl.sleutelnet.domain.programme.Programme;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.signal.AssessmentDeadlines;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.temperature.Trend;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The period report ("evaluatie"): does the approach work, where to adjust, and what did it cost? For one area (the
 * city or a wijk) and one period, beside the period before. Every figure is computed here from the stored history;
 * templates and exports only show it. Counts below the {@link SmallCells} minimum are suppressed.
 *
 * @param minimumGroup the smallest group shown (0: nothing suppressed)
 * @param costs        the programme's costs that touch the period
 */
public record EvaluationReport(Area area, ReportPeriod period, ReportPeriod previousPeriod, Instant computedAt,
        int minimumGroup, NetworkFigures network, SignalFigures signals, TemperatureFigures temperature,
        InterventionFigures interventions, ProgrammeFigures programme, List<Cost> costs,
        List<Comparison> comparisons, List<Pointer> pointers) {

    public EvaluationReport {
        checkNotNull(area, "area");
        checkNotNull(period, "period");
        comparisons = ImmutableList.copyOf(comparisons);
        pointers = ImmutableList.copyOf(pointers);
        costs = ImmutableList.copyOf(costs);
    }

    public boolean suppressed() {
        return minimumGroup > 1;
    }

    /**
     * Everything a report is computed from. The temperature series cover the days of the period (and of the period
     * before) that have passed, per wijk of the area and per active theme.
     *
     * @param districts the buurten of every wijk of the city (for pointers per wijk)
     * @param names     display names of wijken and themes by code, for the pointers' sentences
     */
    public record Sources(NetworkHistory network, List<Signal> signals, List<Intervention> interventions,
            Programme programme, Map<DistrictCode, Map<ThemeCode, ScopeSeries>> temperature,
            Map<DistrictCode, Map<ThemeCode, ScopeSeries>> previousTemperature,
            Map<DistrictCode, Set<NeighbourhoodCode>> districts, List<ThemeCode> themes, Map<String, String> names,
            AssessmentDeadlines deadlines, int staleAfterDays, double trendTolerance, ZoneId zone, Instant now) {

        public Sources {
            checkNotNull(network, "network");
            signals = List.copyOf(signals);
            interventions = List.copyOf(interventions);
            checkNotNull(programme, "programme");
            temperature = ImmutableMap.copyOf(temperature);
            previousTemperature = ImmutableMap.copyOf(previousTemperature);
            districts = ImmutableMap.copyOf(districts);
            themes = List.copyOf(themes);
            names = ImmutableMap.copyOf(names);
            checkNotNull(deadlines, "deadlines");
            checkNotNull(zone, "zone");
            checkNotNull(now, "now");
        }

        LocalDate today() {
            return LocalDate.ofInstant(now, zone);
        }
    }

    /** Computes the report of {@code area} over {@code period} from {@code sources}. */
    public static EvaluationReport compile(Area area, ReportPeriod period, Sources sources, SmallCells cells) {
        LocalDate today = sources.today();
        Invariants.require(!period.from().isAfter(today), "period.future",
                "The period starts on %s, after today (%s): there is nothing to report yet.", period.from(), today);
        ReportPeriod previous = period.previous();
        ZoneId zone = sources.zone();
        NetworkFigures network = NetworkFigures.of(sources.network(), area, sources.themes(), period, today,
                sources.staleAfterDays(), zone, cells);
        NetworkFigures networkBefore = NetworkFigures.of(sources.network(), area, sources.themes(), previous, today,
                sources.staleAfterDays(), zone, cells);
        SignalFigures signals = SignalFigures.of(sources.signals(), area, sources.themes(), period, sources.now(),
                sources.deadlines(), zone, cells);
        SignalFigures signalsBefore = SignalFigures.of(sources.signals(), area, sources.themes(), previous,
                sources.now(), sources.deadlines(), zone, cells);
        LocalDate last = period.lastDaySeen(today);
        TemperatureFigures temperature = TemperatureFigures.of(sources.temperature(), period.from(), last,
                sources.trendTolerance());
        TemperatureFigures temperatureBefore = TemperatureFigures.of(sources.previousTemperature(), previous.from(),
                previous.to(), sources.trendTolerance());
        InterventionFigures interventions = InterventionFigures.of(sources.interventions(), area, period, zone, cells);
        InterventionFigures interventionsBefore = InterventionFigures.of(sources.interventions(), area, previous,
                zone, cells);
        Set<UUID> inArea = sources.interventions().stream().filter(i -> area.touches(i.scope().buurten()))
                .map(i -> i.id().value()).collect(Collectors.toSet());
        ProgrammeFigures programme = ProgrammeFigures.of(sources.programme(), period, inArea);
        ProgrammeFigures programmeBefore = ProgrammeFigures.of(sources.programme(), previous, inArea);

        List<Comparison> comparisons = List.of(
                Comparison.of("network.activeAtEnd", network.activeAtEnd(), networkBefore.activeAtEnd()),
                Comparison.of("network.joined", network.joined(), networkBefore.joined()),
                Comparison.of("network.departed", network.departed(), networkBefore.departed()),
                Comparison.of("network.whiteSpotsAtEnd", (double) network.coverageAtEnd().whiteSpots(),
                        (double) networkBefore.coverageAtEnd().whiteSpots(), "%.0f"),
                Comparison.of("signals.received", signals.received(), signalsBefore.received()),
                Comparison.of("signals.medianHoursToAssessment", signals.toAssessment().medianHours(),
                        signalsBefore.toAssessment().medianHours(), "%.1f"),
                Comparison.of("signals.p90HoursToAssessment", signals.toAssessment().p90Hours(),
                        signalsBefore.toAssessment().p90Hours(), "%.1f"),
                Comparison.of("signals.overdueShare", percent(signals.overdue().fraction()),
                        percent(signalsBefore.overdue().fraction()), "%.0f%%"),
                Comparison.of("temperature.daysAboveCalm", (double) temperature.area().aboveCalm(),
                        (double) temperatureBefore.area().aboveCalm(), "%.0f"),
                Comparison.of("interventions.started", interventions.started(), interventionsBefore.started()),
                Comparison.of("interventions.closed", interventions.closed(), interventionsBefore.closed()),
                Comparison.of("interventions.withdrawals", interventions.withdrawals(),
                        interventionsBefore.withdrawals()),
                Comparison.of("programme.spentEuros", programme.spent().euros().doubleValue(),
                        programmeBefore.spent().euros().doubleValue(), "%.2f"));

        List<Pointer> pointers = pointers(area, period, sources, cells, network, networkBefore, signals,
                signalsBefore, temperature, temperatureBefore, interventions, programme, today);
        return new EvaluationReport(area, period, previous, sources.now(), cells.minimum(), network, signals,
                temperature, interventions, programme, ProgrammeFigures.costsIn(sources.programme(), period),
                comparisons, pointers);
    }

    private static List<Pointer> pointers(Area area, ReportPeriod period, Sources sources, SmallCells cells,
            NetworkFigures network, NetworkFigures networkBefore, SignalFigures signals, SignalFigures signalsBefore,
            TemperatureFigures temperature, TemperatureFigures temperatureBefore, InterventionFigures interventions,
            ProgrammeFigures programme, LocalDate today) {
        List<Pointer> pointers = new ArrayList<>();
        Set<String> whiteSpots = NetworkFigures.whiteSpotKeys(sources.network(), area, sources.themes(),
                period.lastDaySeen(today));
        for (TemperatureFigures.Cell cell : temperature.cells()) {
            int before = temperatureBefore.cell(cell.district(), cell.theme()).map(c -> c.days().aboveCalm())
                    .orElse(0);
            boolean warmer = cell.days().aboveCalm() > before || cell.trend() == Trend.RISING;
            Set<NeighbourhoodCode> buurten = sources.districts().getOrDefault(cell.district(), Set.of());
            long spots = buurten.stream().filter(b -> whiteSpots.contains(b.value() + "|" + cell.theme().value()))
                    .count();
            if (warmer && cell.days().aboveCalm() > 0 && spots > 0) {
                pointers.add(new Pointer(Pointer.Kind.WHITE_SPOTS_WHERE_WARMER, List.of(
                        name(sources, cell.district().value()), name(sources, cell.theme().value()),
                        Long.toString(spots), Integer.toString(cell.days().aboveCalm()), Integer.toString(before))));
            }
        }
        Double areaShare = signals.overdue().fraction();
        if (area.isCity() && areaShare != null) {
            for (Map.Entry<DistrictCode, Set<NeighbourhoodCode>> wijk : sources.districts().entrySet()) {
                Area district = new Area(wijk.getKey(), name(sources, wijk.getKey().value()), wijk.getValue());
                SignalFigures here = SignalFigures.of(sources.signals(), district, sources.themes(), period,
                        sources.now(), sources.deadlines(), sources.zone(), cells);
                Double share = here.overdue().fraction();
                if (share != null && here.overdueRaw() >= Math.max(2, cells.minimum()) && share >= 2 * areaShare
                        && share > areaShare) {
                    pointers.add(new Pointer(Pointer.Kind.OVERDUE_CONCENTRATED, List.of(district.name(),
                            format(percent(share)), format(percent(areaShare)))));
                }
            }
        }
        if (network.departed().raw() > network.joined().raw()) {
            pointers.add(new Pointer(Pointer.Kind.NETWORK_SHRINKING, List.of(network.joined().shown(),
                    network.departed().shown())));
        }
        if (network.cutVertices().raw() > 0) {
            pointers.add(new Pointer(Pointer.Kind.SINGLE_POINTS_OF_FAILURE, List.of(network.cutVertices().shown())));
        }
        if (interventions.justified().raw() > interventions.criteriaMet().raw()) {
            pointers.add(new Pointer(Pointer.Kind.WITHDRAWALS_MOSTLY_JUSTIFIED, List.of(
                    interventions.justified().shown(), interventions.criteriaMet().shown())));
        }
        Double now = signals.toAssessment().medianHours();
        Double then = signalsBefore.toAssessment().medianHours();
        if (now != null && then != null && now > then * 1.25 && now - then >= 1) {
            pointers.add(new Pointer(Pointer.Kind.ASSESSMENT_SLOWER, List.of(format(now), format(then))));
        }
        if (programme.remainingCents() < 0) {
            pointers.add(new Pointer(Pointer.Kind.OVER_BUDGET, List.of(programme.spent().euros().toPlainString(),
                    programme.budget().euros().toPlainString())));
        }
        return pointers;
    }

    private static String name(Sources sources, String code) {
        return sources.names().getOrDefault(code, code);
    }

    private static Double percent(Double fraction) {
        return fraction == null ? null : fraction * 100;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
