package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The temperature of a buurt × theme, derived from signals and poll answers. Pure: the same evidence, settings and
 * moment always give the same figures, and the moment is always an input, so the model can be asked about the past
 * (a trend, a chart, a report) as well as about now. The formulas are in {@code docs/temperatuur.md}:
 *
 * <ul>
 *   <li>a signal adds {@code intensity × reliabilityWeight × (1 - 0.5^sources) × 0.5^(age / halfLife)}, with the age
 *       from its last observation; signals older than the evidence window do not count;</li>
 *   <li>the poll answers of the poll window add {@code pollWeight ×} their mean tension, each answer weighted by
 *       {@code 0.5^(age / halfLife)}; the tension of a rating is {@code (10 - rating) / 9 × 5};</li>
 *   <li>the score is the sum; the level follows from the thresholds; the confidence from the number of independent
 *       sources; the trend from the score {@code trendLookBack} earlier.</li>
 * </ul>
 *
 * <p>Evidence from after the moment asked is ignored: the model only knows what could be known then.
 */
public final class TemperatureModel {

    /** Up to this many answers in a cell, {@link #respondents} tells them apart by looking back. */
    static final int RESPONDENTS_WITHOUT_A_SET_UP_TO = 16;

    /** What no evidence adds up to. */
    private static final Figure NOTHING = new Figure(ImmutableList.of(), 0);

    private static final double SECONDS_PER_DAY = 86_400;

    private final TemperatureSettings settings;
    /** {@code TemperatureSettings.days(halfLife)}, by which {@link TemperatureSettings#decay} divides. */
    private final double halfLifeDays;

    /** {@code settings.reliabilityWeight(r)} by {@code r.ordinal()}: looked up for every signal of every total. */
    private final double[] reliabilityWeights;
    /** {@code settings.sourceWeight(n)} for n from 0 (unused) to {@value #SOURCE_WEIGHTS_UP_TO}. */
    private final double[] sourceWeights;
    private static final int SOURCE_WEIGHTS_UP_TO = 16;

    // the figures of a cell without evidence: what temperature(...) makes of two empty lists, the same for every map
    private final double nothingScore;
    private final Level nothingLevel;
    private final Trend nothingTrend;
    private final Confidence nothingConfidence;

    public TemperatureModel(TemperatureSettings settings) {
        this.settings = checkNotNull(settings, "settings");
        this.halfLifeDays = TemperatureSettings.days(settings.halfLife());
        Reliability[] reliabilities = Reliability.values();
        this.reliabilityWeights = new double[reliabilities.length];
        for (Reliability r : reliabilities) {
            reliabilityWeights[r.ordinal()] = settings.reliabilityWeight(r);
        }
        this.sourceWeights = new double[SOURCE_WEIGHTS_UP_TO + 1];
        for (int n = 1; n <= SOURCE_WEIGHTS_UP_TO; n++) {
            sourceWeights[n] = settings.sourceWeight(n);
        }
        this.nothingScore = NOTHING.total();
        this.nothingLevel = settings.levelOf(nothingScore);
        this.nothingTrend = trend(nothingScore, NOTHING.total());
        this.nothingConfidence = Confidence.ofSources(NOTHING.independentSources());
    }

    public static TemperatureModel withDefaults() {
        return new TemperatureModel(TemperatureSettings.defaults());
    }

    public TemperatureSettings settings() {
        return settings;
    }

    /** The temperature of {@code buurt} × {@code theme} at {@code asOf}; evidence about anything else is ignored. */
    public Temperature temperature(NeighbourhoodCode buurt, ThemeCode theme, Evidence evidence, Instant asOf) {
        checkNotNull(evidence, "evidence");
        CellEvidence here = CellEvidence.of(evidence.about(buurt, theme));
        return temperature(buurt, theme, here.signals, here.polls, asOf, new Work(here.size()));
    }

    /**
     * The temperature of every buurt × theme asked at {@code asOf}, from one list of evidence for the whole city. The
     * evidence is grouped by buurt × theme once, so the work grows with the evidence plus the cells, not with their
     * product. Evidence about buurten or themes not asked for is ignored.
     */
    public TemperatureMap map(List<NeighbourhoodCode> buurten, List<ThemeCode> themes, Evidence evidence,
            Instant asOf) {
        CellEvidence[] byCell = byCell(buurten, themes, evidence, asOf);
        // a cell without evidence: what temperature(...) makes of two empty lists, with one explanation for all
        Instant earlierAsOf = asOf.minus(settings.trendLookBack());
        Explanation nothing = new Explanation(NOTHING.contributions(), NOTHING.independentSources(), earlierAsOf,
                NOTHING.total());
        List<Temperature> temperatures = new ArrayList<>(byCell.length);
        Work work = new Work(evidence.signals().size() + evidence.polls().size());
        int cell = 0;
        for (NeighbourhoodCode buurt : buurten) {
            for (ThemeCode theme : themes) {
                CellEvidence here = byCell[cell++];
                temperatures.add(here == null
                        ? new Temperature(buurt, theme, asOf, nothingScore, nothingLevel, nothingTrend,
                                nothingConfidence, nothing)
                        : temperature(buurt, theme, here.signals, here.polls, asOf, work));
            }
        }
        return TemperatureMap.grid(asOf, buurten, themes, temperatures);
    }

    /**
     * The figures of every buurt × theme asked at {@code asOf}, buurt by buurt and within a buurt theme by theme in the
     * order of the two lists: exactly what {@link TemperatureReading#of} makes of each temperature of
     * {@link #map}, without building the contributions and explanations (the score is added up from the same points
     * in the same order, see {@link #total}). For a map that shows figures only, and for the watch.
     */
    public List<TemperatureReading> readings(List<NeighbourhoodCode> buurten, List<ThemeCode> themes,
            Evidence evidence, Instant asOf) {
        CellEvidence[] byCell = byCell(buurten, themes, evidence, asOf);
        Instant earlierAsOf = asOf.minus(settings.trendLookBack());
        List<TemperatureReading> readings = new ArrayList<>(byCell.length);
        Work work = new Work(evidence.signals().size() + evidence.polls().size());
        int cell = 0;
        for (NeighbourhoodCode buurt : buurten) {
            for (ThemeCode theme : themes) {
                CellEvidence here = byCell[cell++];
                if (here == null) {
                    readings.add(new TemperatureReading(buurt, theme, asOf, nothingScore, nothingLevel, nothingTrend,
                            nothingConfidence, NOTHING.independentSources(), NOTHING.total()));
                    continue;
                }
                readings.add(reading(buurt, theme, here.signals, here.polls, asOf, earlierAsOf, work));
            }
        }
        return readings;
    }

    /**
     * The figures of {@code buurt} × {@code theme} at the end of every day from {@code from} to {@code to}, both
     * included, one reading a day, oldest first: exactly what {@link TemperatureReading#of} makes of each temperature
     * of {@link #dailySeries}, without building the explanations.
     */
    public List<TemperatureReading> dailyReadings(NeighbourhoodCode buurt, ThemeCode theme, Evidence evidence,
            LocalDate from, LocalDate to, ZoneId zone) {
        checkNotNull(buurt, "buurt");
        checkNotNull(theme, "theme");
        CellEvidence here = CellEvidence.of(evidence.about(buurt, theme));
        List<Instant> ends = dayEnds(from, to, zone);
        List<TemperatureReading> series = new ArrayList<>(ends.size());
        // the score at the end of each day so far: the earlier score of a later day is often one of them (the end of
        // the day trendLookBack before, unless a change of clocks lies between), the same total of the same evidence
        double[] scores = new double[ends.size()];
        // the ages of one cell's evidence at each day's end: a few pieces, but as many different ages as days
        Work work = new Work(ends.size() * Math.min(here.size(), 256));
        for (int day = 0; day < ends.size(); day++) {
            Instant endOfDay = ends.get(day);
            Instant earlierAsOf = endOfDay.minus(settings.trendLookBack());
            int earlierDay = Collections.binarySearch(ends, earlierAsOf);
            scores[day] = total(here.signals, here.polls, endOfDay, true, work);
            int sources = work.sources;
            double earlier = earlierDay >= 0 ? scores[earlierDay]
                    : total(here.signals, here.polls, earlierAsOf, false, work);
            series.add(reading(buurt, theme, endOfDay, scores[day], sources, earlier));
        }
        return series;
    }

    /** The figures of {@link #temperature(NeighbourhoodCode, ThemeCode, List, List, Instant)}, from two totals. */
    private TemperatureReading reading(NeighbourhoodCode buurt, ThemeCode theme, List<SignalEvidence> signals,
            List<PollEvidence> polls, Instant asOf, Instant earlierAsOf, Work work) {
        double score = total(signals, polls, asOf, true, work);
        int sources = work.sources;
        return reading(buurt, theme, asOf, score, sources, total(signals, polls, earlierAsOf, false, work));
    }

    /** The figures that follow from the score, the sources behind it and the score {@code trendLookBack} earlier. */
    private TemperatureReading reading(NeighbourhoodCode buurt, ThemeCode theme, Instant asOf, double score,
            int sources, double earlier) {
        return new TemperatureReading(buurt, theme, asOf, score, settings.levelOf(score), trend(score, earlier),
                Confidence.ofSources(sources), sources, earlier);
    }

    /**
     * The evidence of every cell of a map, after checking its question (each buurt and theme asked once, at a moment):
     * cell {@code b × themes.size() + t} is buurt {@code b} × theme {@code t}, null when nothing is known about it.
     * Within a cell the evidence keeps the order of the whole list; evidence about a buurt or theme not asked is left
     * out. The work grows with the evidence plus the buurten and themes, and the cells are then read by position.
     */
    private static CellEvidence[] byCell(List<NeighbourhoodCode> buurten, List<ThemeCode> themes, Evidence evidence,
            Instant asOf) {
        Map<NeighbourhoodCode, Integer> row = positions(buurten, "each buurt once: %s");
        Map<ThemeCode, Integer> column = positions(themes, "each theme once: %s");
        checkNotNull(evidence, "evidence");
        checkNotNull(asOf, "asOf");
        CellEvidence[] byCell = new CellEvidence[buurten.size() * themes.size()];
        // the pieces of one signal or answer come one after another with the same buurt: looked up once for them
        NeighbourhoodCode lastBuurt = null;
        Integer lastRow = null;
        for (SignalEvidence s : evidence.signals()) {
            if (s.buurt() != lastBuurt) {
                lastBuurt = s.buurt();
                lastRow = row.get(lastBuurt);
            }
            CellEvidence here = cell(byCell, lastRow, column.get(s.theme()), themes.size());
            if (here != null) {
                here.add(s);
            }
        }
        for (PollEvidence p : evidence.polls()) {
            if (p.buurt() != lastBuurt) {
                lastBuurt = p.buurt();
                lastRow = row.get(lastBuurt);
            }
            CellEvidence here = cell(byCell, lastRow, column.get(p.theme()), themes.size());
            if (here != null) {
                here.add(p);
            }
        }
        return byCell;
    }

    /** Each item's position in {@code items}, refusing an item that appears twice. */
    private static <T> Map<T, Integer> positions(List<T> items, String twice) {
        Map<T, Integer> positions = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            checkArgument(positions.put(checkNotNull(items.get(i)), i) == null, twice, items);
        }
        return positions;
    }

    /** The evidence of cell {@code row × column}, made when first needed; null when the buurt or theme is not asked. */
    private static CellEvidence cell(CellEvidence[] byCell, Integer row, Integer column, int columns) {
        if (row == null || column == null) {
            return null;
        }
        int at = row * columns + column;
        CellEvidence here = byCell[at];
        if (here == null) {
            here = new CellEvidence();
            byCell[at] = here;
        }
        return here;
    }

    /**
     * The temperature of {@code buurt} × {@code theme} at the end of every day from {@code from} to {@code to}, both
     * included: for the trend chart. A day ends at the midnight that starts the next day in {@code zone}, so a day
     * around a change of clocks is 23 or 25 hours long. A repository needs evidence from
     * {@code settings().evidenceNeededFrom(end of the first day)} onwards.
     */
    public List<DailyTemperature> dailySeries(NeighbourhoodCode buurt, ThemeCode theme, Evidence evidence,
            LocalDate from, LocalDate to, ZoneId zone) {
        List<Instant> ends = dayEnds(from, to, zone);
        CellEvidence here = CellEvidence.of(evidence.about(buurt, theme));
        Work work = new Work(ends.size() * Math.min(here.size(), 256));
        ImmutableList.Builder<DailyTemperature> series = ImmutableList.builder();
        LocalDate day = from;
        for (Instant endOfDay : ends) {
            series.add(new DailyTemperature(day, temperature(buurt, theme, here.signals, here.polls, endOfDay, work)));
            day = day.plusDays(1);
        }
        return series.build();
    }

    /**
     * The end of every day from {@code from} to {@code to}, both included, oldest first: the midnight that starts the
     * next day in {@code zone}, so a day around a change of clocks is 23 or 25 hours long.
     */
    private static List<Instant> dayEnds(LocalDate from, LocalDate to, ZoneId zone) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkNotNull(zone, "zone");
        checkArgument(!to.isBefore(from), "the series ends on or after its first day: %s to %s", from, to);
        List<Instant> ends = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            ends.add(day.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return ends;
    }

    private Temperature temperature(NeighbourhoodCode buurt, ThemeCode theme, List<SignalEvidence> signals,
            List<PollEvidence> polls, Instant asOf, Work work) {
        checkNotNull(buurt, "buurt");
        checkNotNull(theme, "theme");
        checkNotNull(asOf, "asOf");
        Figure now = figure(signals, polls, asOf);
        Instant earlierAsOf = asOf.minus(settings.trendLookBack());
        double earlier = total(signals, polls, earlierAsOf, false, work);
        Explanation explanation = new Explanation(now.contributions(), now.independentSources(), earlierAsOf,
                earlier);
        double score = explanation.total();
        return new Temperature(buurt, theme, asOf, score, settings.levelOf(score), trend(score, earlier),
                Confidence.ofSources(now.independentSources()), explanation);
    }

    private Trend trend(double now, double earlier) {
        double change = now - earlier;
        if (change > settings.trendTolerance()) {
            return Trend.RISING;
        }
        return change < -settings.trendTolerance() ? Trend.FALLING : Trend.STABLE;
    }

    /**
     * The contributions of the evidence that counts at {@code asOf}, largest first, and the sources behind them. Plain
     * loops, not streams: a map asks this twice for every buurt × theme, most of them without any evidence.
     */
    private Figure figure(List<SignalEvidence> signals, List<PollEvidence> polls, Instant asOf) {
        if (signals.isEmpty() && polls.isEmpty()) {
            return NOTHING;
        }
        List<Contribution> contributions = new ArrayList<>();
        int sources = 0;
        for (SignalEvidence signal : signals) {
            SignalContribution counted = signalContribution(signal, asOf);
            if (counted != null) {
                contributions.add(counted);
                sources += counted.independentSources();
            }
        }
        List<PollEvidence> answers = new ArrayList<>();
        if (settings.pollWeight() != 0) {
            Instant countFrom = settings.pollsCountFrom(asOf);
            for (PollEvidence p : polls) {
                if (!p.answeredAt().isAfter(asOf) && !p.answeredAt().isBefore(countFrom)) {
                    answers.add(p);
                }
            }
        }
        if (!answers.isEmpty()) {
            contributions.addAll(pollContributions(answers, asOf));
            Set<UUID> respondents = new HashSet<>();
            answers.forEach(a -> respondents.add(a.respondent()));
            sources += respondents.size();
        }
        contributions.sort(Contribution.LARGEST_FIRST);
        return new Figure(ImmutableList.copyOf(contributions), sources);
    }

    /**
     * The score of {@link #figure} without making its contributions: the same points, added in the same order
     * (largest first; contributions with equal points add the same whatever their order), so exactly the same sum.
     * The trend needs only this of the earlier moment; a reading needs it of both moments, and the sources of the
     * figure: when {@code countSources}, {@code work.sources} is set to the independent sources, counted as
     * {@link #figure} counts them.
     */
    private double total(List<SignalEvidence> signals, List<PollEvidence> polls, Instant asOf, boolean countSources,
            Work work) {
        int sources = 0;
        if (signals.isEmpty() && polls.isEmpty()) {
            if (countSources) {
                work.sources = sources;
            }
            return NOTHING.total();
        }
        double[] points = work.points(signals.size() + polls.size());
        int n = 0;
        Instant signalsCountFrom = signals.isEmpty() ? null : work.signalsCountFrom(asOf);
        for (int i = 0; i < signals.size(); i++) {
            SignalEvidence signal = signals.get(i);
            double reliabilityWeight = reliabilityWeights[signal.reliability().ordinal()];
            if (signal.firstObservedAt().isAfter(asOf) || reliabilityWeight == 0) {
                continue;
            }
            boolean seenAgainLater = signal.lastObservedAt().isAfter(asOf);
            Instant observedAt = seenAgainLater ? signal.firstObservedAt() : signal.lastObservedAt();
            if (observedAt.isBefore(signalsCountFrom)) {
                continue;
            }
            int counted = seenAgainLater ? 1 : signal.independentSources();
            sources += counted;
            // as SignalContribution.points(): intensity × reliabilityWeight × sourceWeight × decay
            points[n++] = signal.intensity() * reliabilityWeight
                    * (counted <= SOURCE_WEIGHTS_UP_TO ? sourceWeights[counted] : settings.sourceWeight(counted))
                    * decay(observedAt, asOf, work);
        }
        if (settings.pollWeight() != 0 && !polls.isEmpty()) {
            Instant countFrom = work.pollsCountFrom(asOf);
            PollEvidence[] answers = work.answers(polls.size());
            int given = 0;
            for (int i = 0; i < polls.size(); i++) {
                PollEvidence p = polls.get(i);
                if (!p.answeredAt().isAfter(asOf) && !p.answeredAt().isBefore(countFrom)) {
                    answers[given++] = p;
                }
            }
            if (given > 0) {
                // as pollContributions(...) and PollContribution.points(): pollWeight × share × tension
                double[] relative = relativeDecay(answers, given, work);
                double sum = relative[given];
                for (int i = 0; i < given; i++) {
                    points[n++] = settings.pollWeight() * (relative[i] / sum)
                            * PollContribution.tensionOf(answers[i].rating());
                }
                sources += respondents(answers, given);
            }
        }
        if (countSources) {
            work.sources = sources;
        }
        // largest first, as Contribution.LARGEST_FIRST orders the points: Arrays.sort orders doubles as Double.compare
        Arrays.sort(points, 0, n);
        double total = 0;
        for (int i = n - 1; i >= 0; i--) {
            total += points[i];
        }
        return total;
    }

    /**
     * What the signal adds at {@code asOf}, or null when it does not count then: observed after {@code asOf}, before
     * the evidence window, or of a reliability whose weight is set to 0 (then its sources do not count either).
     */
    private SignalContribution signalContribution(SignalEvidence signal, Instant asOf) {
        if (signal.firstObservedAt().isAfter(asOf) || settings.reliabilityWeight(signal.reliability()) == 0) {
            return null;
        }
        boolean seenAgainLater = signal.lastObservedAt().isAfter(asOf);
        Instant observedAt = seenAgainLater ? signal.firstObservedAt() : signal.lastObservedAt();
        if (observedAt.isBefore(settings.signalsCountFrom(asOf))) {
            return null;
        }
        int sources = seenAgainLater ? 1 : signal.independentSources();
        Duration age = Duration.between(observedAt, asOf);
        return new SignalContribution(signal.signalId(), signal.intensity(), signal.reliability(),
                settings.reliabilityWeight(signal.reliability()), sources, settings.sourceWeight(sources), observedAt,
                TemperatureSettings.days(age), settings.decay(age), seenAgainLater);
    }

    /**
     * Each answer's share of the decay-weighted mean. The shares are computed from the decay relative to the
     * youngest answer, which is the same fraction but cannot underflow to 0/0 with a very short half-life.
     */
    private List<PollContribution> pollContributions(List<PollEvidence> answers, Instant asOf) {
        if (answers.isEmpty()) {
            return List.of();
        }
        double[] relative = relativeDecay(answers, asOf);
        double sum = relative[answers.size()];
        List<PollContribution> parts = new ArrayList<>(answers.size());
        for (int i = 0; i < answers.size(); i++) {
            PollEvidence answer = answers.get(i);
            Duration age = Duration.between(answer.answeredAt(), asOf);
            parts.add(new PollContribution(answer.answerId(), answer.rating(), answer.answeredAt(),
                    TemperatureSettings.days(age), settings.decay(age), relative[i] / sum, settings.pollWeight()));
        }
        return parts;
    }

    /**
     * Each answer's decay relative to the youngest answer, in the answers' order, and after them (at index
     * {@code answers.size()}) their sum, added up in that order: what an answer's share of the decay-weighted mean is
     * made of, for the contributions and for the total alike.
     */
    private double[] relativeDecay(List<PollEvidence> answers, Instant asOf) {
        Duration youngest = youngest(answers, asOf);
        double[] relative = new double[answers.size() + 1];
        double sum = 0;
        for (int i = 0; i < answers.size(); i++) {
            relative[i] = settings.decay(Duration.between(answers.get(i).answeredAt(), asOf).minus(youngest));
            sum += relative[i];
        }
        relative[answers.size()] = sum;
        return relative;
    }

    /**
     * {@link #relativeDecay(List, Instant)} without the moment asked, for the first {@code given} answers (in a buffer
     * of {@code work}, with their sum at index {@code given}): an answer's age minus the youngest answer's age
     * is the time from the answer to the youngest answer, the same {@link Duration} exactly, so the same decay.
     */
    private double[] relativeDecay(PollEvidence[] answers, int given, Work work) {
        Instant youngest = answers[0].answeredAt();
        for (int i = 1; i < given; i++) {
            Instant at = answers[i].answeredAt();
            youngest = at.isAfter(youngest) ? at : youngest;
        }
        double[] relative = work.relative(given + 1);
        double sum = 0;
        for (int i = 0; i < given; i++) {
            relative[i] = decay(answers[i].answeredAt(), youngest, work);
            sum += relative[i];
        }
        relative[given] = sum;
        return relative;
    }

    /**
     * {@code settings.decay(Duration.between(from, to))} for {@code from} not after {@code to}, worked out the same
     * way ({@code 0.5^(days / halfLifeDays)}, the days with their fraction as {@link TemperatureSettings#days}) without
     * a Duration; the power from the table of {@code work}.
     */
    private double decay(Instant from, Instant to, Work work) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        long nanos = to.getNano() - from.getNano();
        if (nanos < 0) {
            // as Duration.ofSeconds(seconds, nanos) normalises: the nanoseconds 0 to 999,999,999
            nanos += 1_000_000_000L;
            seconds--;
        }
        checkArgument(seconds >= 0, "evidence from the future does not decay: %s after %s", from, to);
        double exponent = (seconds + nanos / 1e9) / SECONDS_PER_DAY / halfLifeDays;
        return work.halving(exponent);
    }

    /**
     * What one map, series or total works with, made once per call and never shared between threads: the powers of
     * one half met so far, the moments from which evidence counts, and buffers that each total fills again (the two
     * totals of a reading one after the other), so that a map of hundreds of cells does not make arrays per cell.
     *
     * <p>{@code Math.pow(0.5, x)} is remembered for the x met: the ages of evidence repeat from cell to cell and from
     * day to day (answers of one round, observations at the same hour), and the power is the costliest step of a
     * total. Direct-mapped: a slot holds the last x that fell into it, and its value is always the power of that very
     * x, so the figures are the same as without it.
     */
    private final class Work {
        private static final int MOST_SLOTS = 256;
        private final int shift;
        private final long[] keys;
        private final double[] values;
        // made when a total first needs them: a watch's check of cells without evidence needs none
        private double[] points = new double[0];
        private double[] relative = new double[0];
        private PollEvidence[] answers = new PollEvidence[0];
        /** The independent sources of the last total that counted them. */
        int sources;
        // the last two moments asked (a reading asks now and trendLookBack earlier, cell after cell) and their starts
        private Instant asked;
        private Instant signalsFrom;
        private Instant pollsFrom;
        private Instant askedBefore;
        private Instant signalsFromBefore;
        private Instant pollsFromBefore;

        /** As many slots as {@code pieces} of evidence may need, up to {@value #MOST_SLOTS}: a power of two. */
        Work(int pieces) {
            int slots = Math.min(MOST_SLOTS, Integer.highestOneBit(Math.max(8, Math.min(pieces, MOST_SLOTS)) * 4));
            shift = 64 - Integer.numberOfTrailingZeros(slots);
            keys = new long[slots];
            values = new double[slots];
            // the bits of a NaN, never an exponent: every slot starts empty
            Arrays.fill(keys, -1L);
        }

        double halving(double x) {
            long bits = Double.doubleToRawLongBits(x);
            int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> shift);
            if (keys[slot] == bits) {
                return values[slot];
            }
            double value = Math.pow(0.5, x);
            keys[slot] = bits;
            values[slot] = value;
            return value;
        }

        /** {@code settings.signalsCountFrom(asOf)}. */
        Instant signalsCountFrom(Instant asOf) {
            remember(asOf);
            return signalsFrom;
        }

        /** {@code settings.pollsCountFrom(asOf)}. */
        Instant pollsCountFrom(Instant asOf) {
            remember(asOf);
            return pollsFrom;
        }

        private void remember(Instant asOf) {
            if (asOf.equals(asked)) {
                return;
            }
            if (asOf.equals(askedBefore)) {
                Instant a = asked;
                Instant s = signalsFrom;
                Instant p = pollsFrom;
                asked = askedBefore;
                signalsFrom = signalsFromBefore;
                pollsFrom = pollsFromBefore;
                askedBefore = a;
                signalsFromBefore = s;
                pollsFromBefore = p;
                return;
            }
            askedBefore = asked;
            signalsFromBefore = signalsFrom;
            pollsFromBefore = pollsFrom;
            asked = asOf;
            signalsFrom = settings.signalsCountFrom(asOf);
            pollsFrom = settings.pollsCountFrom(asOf);
        }

        double[] points(int size) {
            if (points.length < size) {
                points = new double[Math.max(size, Math.max(16, points.length * 2))];
            }
            return points;
        }

        double[] relative(int size) {
            if (relative.length < size) {
                relative = new double[Math.max(size, Math.max(16, relative.length * 2))];
            }
            return relative;
        }

        PollEvidence[] answers(int size) {
            if (answers.length < size) {
                answers = new PollEvidence[Math.max(size, Math.max(16, answers.length * 2))];
            }
            return answers;
        }
    }

    /**
     * The number of distinct respondents among the first {@code given} answers: without a set for the few answers a
     * cell usually has, with one above {@value #RESPONDENTS_WITHOUT_A_SET_UP_TO} (looking back at every earlier answer
     * would cost the square of a busy cell's answers).
     */
    private static int respondents(PollEvidence[] answers, int given) {
        if (given > RESPONDENTS_WITHOUT_A_SET_UP_TO) {
            Set<UUID> respondents = new HashSet<>(given * 2);
            for (int i = 0; i < given; i++) {
                respondents.add(answers[i].respondent());
            }
            return respondents.size();
        }
        int distinct = 0;
        for (int i = 0; i < given; i++) {
            UUID respondent = answers[i].respondent();
            boolean earlier = false;
            for (int j = 0; j < i && !earlier; j++) {
                earlier = answers[j].respondent().equals(respondent);
            }
            distinct += earlier ? 0 : 1;
        }
        return distinct;
    }

    /** The age of the youngest of (at least one) answers at {@code asOf}. */
    private static Duration youngest(List<PollEvidence> answers, Instant asOf) {
        Duration youngest = Duration.between(answers.get(0).answeredAt(), asOf);
        for (int i = 1; i < answers.size(); i++) {
            Duration age = Duration.between(answers.get(i).answeredAt(), asOf);
            if (age.compareTo(youngest) < 0) {
                youngest = age;
            }
        }
        return youngest;
    }

    /**
     * The evidence of one buurt × theme, in the order of the whole list. A signal or answer may appear once: twice
     * would count it twice, so a second piece with the same id is refused here, where the cell is read.
     */
    private static final class CellEvidence {
        /** Up to this many pieces a look along the list is cheaper than a set of ids. */
        private static final int LOOK_ALONG_UP_TO = 8;

        // most cells hold signals or answers, not both: a list is made when its first piece comes
        List<SignalEvidence> signals = List.of();
        List<PollEvidence> polls = List.of();
        private Set<UUID> signalIds;
        private Set<UUID> answerIds;

        int size() {
            return signals.size() + polls.size();
        }

        /** The evidence of {@code buurt} × {@code theme} in {@code evidence}, which holds no other cell's. */
        static CellEvidence of(Evidence evidence) {
            CellEvidence cell = new CellEvidence();
            evidence.signals().forEach(cell::add);
            evidence.polls().forEach(cell::add);
            return cell;
        }

        void add(SignalEvidence signal) {
            signalIds = once(signal.signalId(), signals, SignalEvidence::signalId, signalIds, "signal",
                    signal.buurt(), signal.theme());
            if (signals.isEmpty()) {
                signals = new ArrayList<>(2);
            }
            signals.add(signal);
        }

        void add(PollEvidence answer) {
            answerIds = once(answer.answerId(), polls, PollEvidence::answerId, answerIds, "answer", answer.buurt(),
                    answer.theme());
            if (polls.isEmpty()) {
                polls = new ArrayList<>(4);
            }
            polls.add(answer);
        }

        /** Refuses {@code id} when a piece in {@code here} has it; the set of ids once the cell holds many. */
        private static <T> Set<UUID> once(UUID id, List<T> here, Function<T, UUID> idOf, Set<UUID> ids, String what,
                NeighbourhoodCode buurt, ThemeCode theme) {
            if (ids == null && here.size() < LOOK_ALONG_UP_TO) {
                for (int i = 0; i < here.size(); i++) {
                    checkArgument(!idOf.apply(here.get(i)).equals(id), "%s %s appears twice for %s × %s", what, id,
                            buurt, theme);
                }
                return null;
            }
            Set<UUID> known = ids;
            if (known == null) {
                known = new HashSet<>(here.size() * 4);
                for (T piece : here) {
                    known.add(idOf.apply(piece));
                }
            }
            checkArgument(known.add(id), "%s %s appears twice for %s × %s", what, id, buurt, theme);
            return known;
        }
    }

    private record Figure(List<Contribution> contributions, int independentSources) {

        double total() {
            return Explanation.sum(contributions);
        }
    }
}
