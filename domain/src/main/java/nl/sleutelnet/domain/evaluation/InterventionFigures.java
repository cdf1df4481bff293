package nl.sleutelnet.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionType;
import nl.sleutelnet.domain.intervention.InvolvementStep;
import nl.sleutelnet.domain.intervention.Outcome;

/**
 * The interventions of an area in a period: an intervention belongs to the area when one of the buurten of its scope
 * lies in it.
 *
 * @param planned       planned in the period
 * @param started       started in the period
 * @param closed        closed in the period
 * @param activeAtEnd   started and not closed at the end of the period
 * @param byType        per type: interventions under way at some moment of the period (planned before its end, not
 *                      closed before its start)
 * @param byOutcome     per outcome: those closed in the period
 * @param duration      from start to close, of those closed in the period
 * @param stepsUp       steps up the involvement ladder in the period (more municipality)
 * @param stepsDown     steps down (less municipality), withdrawals included
 * @param withdrawals   withdrawals in the period
 * @param criteriaMet   of those, withdrawals the scope's temperature allowed (exit criteria met)
 * @param justified     of those, withdrawals on a recorded justification instead
 */
public record InterventionFigures(Count planned, Count started, Count closed, Count activeAtEnd,
        List<SignalFigures.Breakdown> byType, List<SignalFigures.Breakdown> byOutcome, Spread duration,
        Count stepsUp, Count stepsDown, Count withdrawals, Count criteriaMet, Count justified) {

    public InterventionFigures {
        byType = ImmutableList.copyOf(byType);
        byOutcome = ImmutableList.copyOf(byOutcome);
    }

    static InterventionFigures of(List<Intervention> all, Area area, ReportPeriod period, ZoneId zone,
            SmallCells cells) {
        Instant start = period.start(zone);
        Instant end = period.end(zone);
        List<Intervention> here = all.stream().filter(i -> area.touches(i.scope().buurten())).toList();
        int planned = 0;
        int started = 0;
        int closed = 0;
        int activeAtEnd = 0;
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (InterventionType t : InterventionType.values()) {
            byType.put(t.name(), 0);
        }
        Map<String, Integer> byOutcome = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            byOutcome.put(o.name(), 0);
        }
        List<Duration> durations = new ArrayList<>();
        int up = 0;
        int down = 0;
        int withdrawals = 0;
        int met = 0;
        int justified = 0;
        for (Intervention i : here) {
            planned += period.contains(i.plannedAt(), zone) ? 1 : 0;
            started += i.startedAt().filter(at -> period.contains(at, zone)).isPresent() ? 1 : 0;
            boolean closedInside = i.closedAt().filter(at -> period.contains(at, zone)).isPresent();
            closed += closedInside ? 1 : 0;
            boolean startedBeforeEnd = i.startedAt().filter(at -> at.isBefore(end)).isPresent();
            boolean openAtEnd = i.closedAt().map(at -> !at.isBefore(end)).orElse(true);
            activeAtEnd += startedBeforeEnd && openAtEnd ? 1 : 0;
            boolean underWay = i.plannedAt().isBefore(end) && i.closedAt().map(at -> !at.isBefore(start)).orElse(true);
            if (underWay) {
                byType.merge(i.type().name(), 1, Integer::sum);
            }
            if (closedInside) {
                i.evaluation().ifPresent(e -> byOutcome.merge(e.outcome().name(), 1, Integer::sum));
                i.startedAt().ifPresent(s -> durations.add(Duration.between(s, i.closedAt().orElseThrow())));
            }
            for (InvolvementStep step : i.involvementSteps()) {
                if (step.from() == null || !period.contains(step.at(), zone)) {
                    continue;
                }
                if (step.isStepDown()) {
                    down++;
                } else {
                    up++;
                }
                if (step.withdrawalDecision().isPresent()) {
                    withdrawals++;
                    if (step.justified()) {
                        justified++;
                    } else {
                        met++;
                    }
                }
            }
        }
        return new InterventionFigures(cells.count(planned), cells.count(started), cells.count(closed),
                cells.count(activeAtEnd), breakdown(byType, cells), breakdown(byOutcome, cells),
                Spread.of(durations, cells), cells.count(up), cells.count(down), cells.count(withdrawals),
                cells.count(met), cells.count(justified));
    }

    private static List<SignalFigures.Breakdown> breakdown(Map<String, Integer> counts, SmallCells cells) {
        return counts.entrySet().stream()
                .map(e -> new SignalFigures.Breakdown(e.getKey(), cells.count(e.getValue()))).toList();
    }
}
