package nl.sleutelnet.domain.temperature;

import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.MALBERG;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.NOW;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.WIJ_ZIJ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Rules that hold for any evidence, checked on random evidence for one buurt × theme around {@code NOW}: signals
 * observed up to 120 days before and 10 days after it, answers up to 60 days before and 5 days after, so that windows,
 * "after the moment asked" and signals seen again later all occur.
 */
class TemperatureProperties {

    private static final TemperatureModel MODEL = TemperatureModel.withDefaults();
    private static final long DAY = Duration.ofDays(1).toSeconds();

    @Property
    void theScoreIsNeverNegative(@ForAll("evidence") Evidence evidence) {
        Temperature temperature = MODEL.temperature(MALBERG, WIJ_ZIJ, evidence, NOW);
        assertThat(temperature.score()).isFinite().isGreaterThanOrEqualTo(0);
        assertThat(temperature.explanation().contributions()).allSatisfy(c -> assertThat(c.points()).isNotNegative());
    }

    @Property
    void theExplanationAddsUpToTheScore(@ForAll("evidence") Evidence evidence,
            @ForAll @DoubleRange(min = 0, max = 3) double pollWeight) {
        TemperatureModel model = new TemperatureModel(TemperatureSettings.defaults().withPollWeight(pollWeight));
        Temperature temperature = model.temperature(MALBERG, WIJ_ZIJ, evidence, NOW);
        Explanation explanation = temperature.explanation();

        double parts = explanation.contributions().stream().mapToDouble(Contribution::points).sum();
        assertThat(parts).isCloseTo(temperature.score(), within(1e-9));
        // and the score is what the formulas give, worked out here without the model
        assertThat(signalPartByHand(evidence, NOW) + pollWeight * meanTensionByHand(evidence, NOW))
                .isCloseTo(temperature.score(), within(1e-9));
        if (!explanation.polls().isEmpty()) {
            assertThat(explanation.polls().stream().mapToDouble(PollContribution::share).sum())
                    .isCloseTo(1.0, within(1e-9));
        }
    }

    @Property
    void olderEvidenceNeverContributesMore(@ForAll @IntRange(min = 1, max = 5) int intensity,
            @ForAll Reliability reliability, @ForAll @IntRange(min = 1, max = 6) int sources,
            @ForAll @LongRange(min = 0, max = 100 * 86_400) long ageSeconds,
            @ForAll @LongRange(min = 0, max = 30 * 86_400) long olderBySeconds) {
        Instant younger = NOW.minusSeconds(ageSeconds);
        Instant older = younger.minusSeconds(olderBySeconds);

        assertThat(signalScore(intensity, reliability, sources, older))
                .isLessThanOrEqualTo(signalScore(intensity, reliability, sources, younger));
        assertThat(MODEL.settings().decay(Duration.between(older, NOW)))
                .isLessThanOrEqualTo(MODEL.settings().decay(Duration.between(younger, NOW)));
    }

    @Property
    void aSignalNeverLowersTheScore(@ForAll("evidence") Evidence evidence, @ForAll("signal") SignalEvidence signal) {
        double before = MODEL.temperature(MALBERG, WIJ_ZIJ, evidence, NOW).score();
        double after = MODEL.temperature(MALBERG, WIJ_ZIJ, evidence.plus(signal), NOW).score();
        assertThat(after).isGreaterThanOrEqualTo(before - 1e-12);
    }

    /**
     * A poll answer is evidence of calm as much as of tension: it moves the poll part towards its own tension, so a
     * calm answer may lower the score. An answer at least as tense as every answer counted never lowers it.
     */
    @Property
    void anAnswerMovesThePollPartTowardsItsTension(@ForAll("evidence") Evidence evidence,
            @ForAll("answer") PollEvidence answer) {
        Explanation before = MODEL.temperature(MALBERG, WIJ_ZIJ, evidence, NOW).explanation();
        Temperature with = MODEL.temperature(MALBERG, WIJ_ZIJ, evidence.plus(answer), NOW);
        boolean counted = with.explanation().polls().stream().anyMatch(p -> p.answerId().equals(answer.answerId()));
        double tension = PollContribution.tensionOf(answer.rating());
        double after = with.explanation().pollPart();

        if (!counted) {
            assertThat(after).isCloseTo(before.pollPart(), within(1e-9));
        } else if (before.polls().isEmpty()) {
            assertThat(after).isCloseTo(tension, within(1e-9));
        } else {
            assertThat(after).isBetween(Math.min(before.pollPart(), tension) - 1e-9,
                    Math.max(before.pollPart(), tension) + 1e-9);
            boolean tensest = before.polls().stream().allMatch(p -> p.tension() <= tension);
            if (tensest) {
                assertThat(with.score()).isGreaterThanOrEqualTo(before.total() - 1e-9);
            }
        }
    }

    @Property
    void theLevelTrendAndConfidenceFollowFromTheFigures(@ForAll("evidence") Evidence evidence) {
        TemperatureSettings settings = MODEL.settings();
        Temperature temperature = MODEL.temperature(MALBERG, WIJ_ZIJ, evidence, NOW);
        Explanation explanation = temperature.explanation();

        assertThat(temperature.level()).isEqualTo(settings.levelOf(temperature.score()));
        assertThat(explanation.earlierScore())
                .isEqualTo(MODEL.temperature(MALBERG, WIJ_ZIJ, evidence, explanation.earlierAsOf()).score());
        double change = temperature.score() - explanation.earlierScore();
        assertThat(temperature.trend()).isEqualTo(change > settings.trendTolerance() ? Trend.RISING
                : change < -settings.trendTolerance() ? Trend.FALLING : Trend.STABLE);
        assertThat(temperature.confidence()).isEqualTo(Confidence.ofSources(explanation.independentSources()));
    }

    @Property
    void evidenceFromBeforeWhatIsNeededChangesNothing(@ForAll("evidence") Evidence evidence) {
        TemperatureSettings settings = MODEL.settings();
        Evidence needed = Evidence.of(
                evidence.signals().stream().filter(s -> !s.lastObservedAt().isBefore(settings.signalsNeededFrom(NOW)))
                        .toList(),
                evidence.polls().stream().filter(p -> !p.answeredAt().isBefore(settings.pollsNeededFrom(NOW)))
                        .toList());

        assertThat(MODEL.temperature(MALBERG, WIJ_ZIJ, needed, NOW))
                .isEqualTo(MODEL.temperature(MALBERG, WIJ_ZIJ, evidence, NOW));
        assertThat(settings.evidenceNeededFrom(NOW)).isEqualTo(settings.signalsNeededFrom(NOW)
                .isBefore(settings.pollsNeededFrom(NOW)) ? settings.signalsNeededFrom(NOW)
                : settings.pollsNeededFrom(NOW));
    }

    /**
     * The readings of a map are its temperatures' figures, exactly (the score to the last bit), at any moment and
     * poll weight, for a cell with evidence and for one without.
     */
    @Property
    void theReadingsAreTheFiguresOfTheMap(@ForAll("evidence") Evidence evidence,
            @ForAll @LongRange(min = -30 * 86_400, max = 30 * 86_400) long shiftSeconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
            @ForAll @DoubleRange(min = 0, max = 3) double pollWeight) {
        TemperatureModel model = new TemperatureModel(TemperatureSettings.defaults().withPollWeight(pollWeight));
        // a fraction of a second too, so that ages have nanoseconds to carry
        Instant asOf = NOW.plusSeconds(shiftSeconds).plusNanos(nanos);
        List<NeighbourhoodCode> buurten = List.of(MALBERG, NeighbourhoodCode.of("BU09350000"));
        List<ThemeCode> themes = List.of(ThemeCode.of("overheidsmaatregelen"), WIJ_ZIJ);
        TemperatureMap map = model.map(buurten, themes, evidence, asOf);

        List<TemperatureReading> readings = model.readings(buurten, themes, evidence, asOf);

        assertThat(readings).isEqualTo(map.temperatures().stream().map(TemperatureReading::of).toList());
        assertThat(TemperatureRollUp.of(asOf, themes, readings)).isEqualTo(TemperatureRollUp.of(map));
    }

    /**
     * A busy cell: more answers than the readings tell respondents apart without a set, by more respondents than the
     * confidence distinguishes. The reading's independent sources are still the temperature's, exactly.
     */
    @Property
    void theReadingOfACellWithManyAnswersIsTheFigureOfItsTemperature(@ForAll("manyAnswers") Evidence evidence) {
        TemperatureReading reading = MODEL.readings(List.of(MALBERG), List.of(WIJ_ZIJ), evidence, NOW).get(0);

        assertThat(reading).isEqualTo(TemperatureReading.of(MODEL.temperature(MALBERG, WIJ_ZIJ, evidence, NOW)));
    }

    @Property
    void theDailyReadingsAreTheFiguresOfTheDailySeries(@ForAll("evidence") Evidence evidence,
            @ForAll @IntRange(min = -20, max = 5) int fromDays, @ForAll @IntRange(min = 0, max = 20) int length) {
        LocalDate from = LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(fromDays);
        ZoneId zone = ZoneId.of("Europe/Amsterdam");

        assertThat(MODEL.dailyReadings(MALBERG, WIJ_ZIJ, evidence, from, from.plusDays(length), zone))
                .isEqualTo(MODEL.dailySeries(MALBERG, WIJ_ZIJ, evidence, from, from.plusDays(length), zone).stream()
                        .map(d -> TemperatureReading.of(d.temperature())).toList());
    }

    @Property
    void theDailyReadingsAreTheFiguresOfTheDailySeriesOverAChangeOfClocks(@ForAll("evidence") Evidence evidence,
            @ForAll @IntRange(min = -30, max = 5) int fromDays, @ForAll @IntRange(min = 0, max = 60) int length) {
        // the same evidence a season later, around the last Sunday of October 2025, when Amsterdam's clocks go back
        Duration shift = Duration.between(NOW, Instant.parse("2025-10-22T12:00:00Z"));
        Evidence later = new Evidence(
                evidence.signals().stream().map(s -> new SignalEvidence(s.signalId(), s.buurt(), s.theme(),
                        s.intensity(), s.reliability(), s.independentSources(), s.firstObservedAt().plus(shift),
                        s.lastObservedAt().plus(shift))).toList(),
                evidence.polls().stream().map(p -> new PollEvidence(p.answerId(), p.respondent(), p.buurt(),
                        p.theme(), p.rating(), p.answeredAt().plus(shift))).toList());
        LocalDate from = LocalDate.ofInstant(NOW.plus(shift), ZoneOffset.UTC).plusDays(fromDays);
        ZoneId zone = ZoneId.of("Europe/Amsterdam");

        assertThat(MODEL.dailyReadings(MALBERG, WIJ_ZIJ, later, from, from.plusDays(length), zone))
                .isEqualTo(MODEL.dailySeries(MALBERG, WIJ_ZIJ, later, from, from.plusDays(length), zone).stream()
                        .map(d -> TemperatureReading.of(d.temperature())).toList());
    }

    @Property
    void aHigherScoreIsNeverALowerLevel(@ForAll @DoubleRange(min = 0, max = 20) double a,
            @ForAll @DoubleRange(min = 0, max = 20) double b) {
        TemperatureSettings settings = TemperatureSettings.defaults();
        if (a <= b) {
            assertThat(settings.levelOf(a)).isLessThanOrEqualTo(settings.levelOf(b));
        }
    }

    // ----- the formulas, written out once more, independently of the model -----

    private static double signalPartByHand(Evidence evidence, Instant asOf) {
        TemperatureSettings settings = MODEL.settings();
        double sum = 0;
        for (SignalEvidence s : evidence.signals()) {
            if (s.firstObservedAt().isAfter(asOf)) {
                continue;
            }
            boolean later = s.lastObservedAt().isAfter(asOf);
            Instant seen = later ? s.firstObservedAt() : s.lastObservedAt();
            double ageDays = (asOf.getEpochSecond() - seen.getEpochSecond()) / 86_400.0;
            if (ageDays > 84) {
                continue;
            }
            int sources = later ? 1 : s.independentSources();
            sum += s.intensity() * settings.reliabilityWeight(s.reliability()) * (1 - Math.pow(0.5, sources))
                    * Math.pow(0.5, ageDays / 14);
        }
        return sum;
    }

    private static double meanTensionByHand(Evidence evidence, Instant asOf) {
        double weighted = 0;
        double weights = 0;
        for (PollEvidence p : evidence.polls()) {
            double ageDays = (asOf.getEpochSecond() - p.answeredAt().getEpochSecond()) / 86_400.0;
            if (ageDays < 0 || ageDays > 42) {
                continue;
            }
            double weight = Math.pow(0.5, ageDays / 14);
            weighted += weight * (10 - p.rating()) / 9.0 * 5;
            weights += weight;
        }
        return weights == 0 ? 0 : weighted / weights;
    }

    private static double signalScore(int intensity, Reliability reliability, int sources, Instant observedAt) {
        return MODEL.temperature(MALBERG, WIJ_ZIJ, Evidence.none().plus(new SignalEvidence(new UUID(0, 0), MALBERG,
                WIJ_ZIJ, intensity, reliability, sources, observedAt, observedAt)), NOW).score();
    }

    // ----- generators -----

    @Provide
    Arbitrary<Evidence> evidence() {
        return Combinators.combine(signal().list().ofMaxSize(6), answer().list().ofMaxSize(6))
                .as(TemperatureProperties::numbered);
    }

    /** Up to 60 answers by up to 40 respondents, around the number above which readings count respondents in a set. */
    @Provide
    Arbitrary<Evidence> manyAnswers() {
        Arbitrary<PollEvidence> answer = Combinators.combine(Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(1, 40), Arbitraries.longs().between(-60 * DAY, 0))
                .as((rating, respondent, at) -> new PollEvidence(new UUID(1, 999), new UUID(2, respondent), MALBERG,
                        WIJ_ZIJ, rating, NOW.plusSeconds(at)));
        return Combinators.combine(signal().list().ofMaxSize(3), answer.list().ofMinSize(10).ofMaxSize(60))
                .as(TemperatureProperties::numbered);
    }

    /** A signal of any kind, observed between 120 days before and 10 days after NOW, over a span of up to 40 days. */
    @Provide
    Arbitrary<SignalEvidence> signal() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.of(Reliability.class),
                Arbitraries.integers().between(1, 6), Arbitraries.longs().between(-120 * DAY, 10 * DAY),
                Arbitraries.longs().between(0, 40 * DAY))
                .as((intensity, reliability, sources, last, span) -> new SignalEvidence(new UUID(0, 999), MALBERG,
                        WIJ_ZIJ, intensity, reliability, sources, NOW.plusSeconds(last - span), NOW.plusSeconds(last)));
    }

    /** An answer by one of four respondents, between 60 days before and 5 days after NOW. */
    @Provide
    Arbitrary<PollEvidence> answer() {
        return Combinators.combine(Arbitraries.integers().between(1, 10), Arbitraries.integers().between(1, 4),
                Arbitraries.longs().between(-60 * DAY, 5 * DAY))
                .as((rating, respondent, at) -> new PollEvidence(new UUID(1, 999), new UUID(2, respondent), MALBERG,
                        WIJ_ZIJ, rating, NOW.plusSeconds(at)));
    }

    /** Gives every signal and answer its own id, so that they can be told apart from the one a property adds. */
    private static Evidence numbered(List<SignalEvidence> signals, List<PollEvidence> answers) {
        List<SignalEvidence> s = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            SignalEvidence x = signals.get(i);
            s.add(new SignalEvidence(new UUID(0, i), x.buurt(), x.theme(), x.intensity(), x.reliability(),
                    x.independentSources(), x.firstObservedAt(), x.lastObservedAt()));
        }
        List<PollEvidence> p = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            PollEvidence x = answers.get(i);
            p.add(new PollEvidence(new UUID(1, i), x.respondent(), x.buurt(), x.theme(), x.rating(), x.answeredAt()));
        }
        return Evidence.of(s, p);
    }
}
