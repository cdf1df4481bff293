package nl.sleutelnet.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.signal.AssessmentDeadlines;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalEvent;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The signals of an area received in a period: how many, by theme, buurt and intensity, their sightings, how fast they
 * were handled, how many were overdue and how many were consciously left. A signal belongs to the area when one of its
 * buurten lies in it; a signal about two themes counts once for each, so the theme counts may add up to more than the
 * total. Response times run from receipt to the first assessment and from receipt to the step "acted" (the link to
 * an intervention), including steps taken after the period ended.
 *
 * @param sightings        sightings added to these signals
 * @param confirmed        signals with at least one sighting by another source
 * @param toAssessment     received → first assessment
 * @param toAction         received → acted on (linked to an intervention)
 * @param overdue          signals assessed later than the time set for their intensity, or still unassessed after it;
 *                         the whole is every signal received
 * @param noAction         signals decided "no action"; the whole is every signal with a decision (acted or no action)
 */
public record SignalFigures(Count received, List<Breakdown> byTheme, List<Breakdown> byBuurt,
        List<Breakdown> byIntensity, Count sightings, Count confirmed, Spread toAssessment, Spread toAction,
        Share overdue, Share noAction) {

    public SignalFigures {
        byTheme = ImmutableList.copyOf(byTheme);
        byBuurt = ImmutableList.copyOf(byBuurt);
        byIntensity = ImmutableList.copyOf(byIntensity);
    }

    /** One line of a breakdown: a theme code, a buurt code or an intensity 1–5, with its count. */
    public record Breakdown(String key, Count count) {
    }

    static SignalFigures of(List<Signal> all, Area area, List<ThemeCode> themes, ReportPeriod period, Instant now,
            AssessmentDeadlines deadlines, ZoneId zone, SmallCells cells) {
        List<Signal> signals = inScope(all, area, period, zone);
        Map<String, Integer> byTheme = new LinkedHashMap<>();
        themes.forEach(t -> byTheme.put(t.value(), 0));
        Map<String, Integer> byBuurt = new LinkedHashMap<>();
        area.buurten().forEach(b -> byBuurt.put(b.value(), 0));
        Map<String, Integer> byIntensity = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            byIntensity.put(Integer.toString(i), 0);
        }
        int sightings = 0;
        int confirmed = 0;
        List<Duration> toAssessment = new ArrayList<>();
        List<Duration> toAction = new ArrayList<>();
        int overdue = 0;
        int decided = 0;
        int noAction = 0;
        for (Signal s : signals) {
            s.content().themes().forEach(t -> byTheme.merge(t.value(), 1, Integer::sum));
            for (NeighbourhoodCode b : s.content().neighbourhoods()) {
                if (area.buurten().contains(b)) {
                    byBuurt.merge(b.value(), 1, Integer::sum);
                }
            }
            byIntensity.merge(Integer.toString(s.content().intensity().value()), 1, Integer::sum);
            sightings += s.sightings().size();
            confirmed += s.independentSources() > 1 ? 1 : 0;
            Optional<Instant> assessed = first(s, SignalEvent.Kind.ASSESSED);
            assessed.ifPresent(at -> toAssessment.add(Duration.between(s.receivedAt(), at)));
            Optional<Instant> acted = first(s, SignalEvent.Kind.ACTED);
            acted.ifPresent(at -> toAction.add(Duration.between(s.receivedAt(), at)));
            Instant due = s.assessmentDue(deadlines);
            if (assessed.map(at -> at.isAfter(due)).orElse(now.isAfter(due))) {
                overdue++;
            }
            Optional<Instant> none = first(s, SignalEvent.Kind.NO_ACTION);
            if (acted.isPresent() || none.isPresent()) {
                decided++;
                noAction += none.isPresent() && acted.isEmpty() ? 1 : 0;
            }
        }
        return new SignalFigures(cells.count(signals.size()), breakdown(byTheme, cells), breakdown(byBuurt, cells),
                breakdown(byIntensity, cells), cells.count(sightings), cells.count(confirmed),
                Spread.of(toAssessment, cells), Spread.of(toAction, cells), Share.of(overdue, signals.size(), cells),
                Share.of(noAction, decided, cells));
    }

    /** The signals received in the period about a buurt of the area. */
    static List<Signal> inScope(List<Signal> all, Area area, ReportPeriod period, ZoneId zone) {
        return all.stream().filter(s -> period.contains(s.receivedAt(), zone))
                .filter(s -> area.touches(s.content().neighbourhoods())).toList();
    }

    private static Optional<Instant> first(Signal s, SignalEvent.Kind kind) {
        return s.history().stream().filter(e -> e.kind() == kind).map(SignalEvent::at).findFirst();
    }

    private static List<Breakdown> breakdown(Map<String, Integer> counts, SmallCells cells) {
        return counts.entrySet().stream().map(e -> new Breakdown(e.getKey(), cells.count(e.getValue()))).toList();
    }

    /** The raw number of overdue signals, for pointers. */
    int overdueRaw() {
        return overdue.part().raw();
    }
}
