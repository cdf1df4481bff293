package nl.sleutelnet.domain.temperature;

import static nl.sleutelnet.domain.testdata.PollEvidenceBuilder.anAnswer;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.MALBERG;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.NOW;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.WIJ_ZIJ;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.aSignal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The arithmetic of one buurt × theme, each case worked out by hand in the comments. Defaults throughout. */
class TemperatureModelTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final TemperatureModel MODEL = TemperatureModel.withDefaults();

    @Nested
    class Signals {

        @Test
        void oneReliableSignalOfIntensityFourFromFourteenDaysAgoIsOnePoint() {
            SignalEvidence signal = aSignal().intensity(4).reliability(Reliability.HIGH).sources(1)
                    .observedDaysAgo(14).build();

            Temperature temperature = temperatureOf(Evidence.none().plus(signal));

            // 4 × reliability 1.0 × sources (1 - 0.5^1 = 0.5) × decay (0.5^(14/14) = 0.5) = 1.0
            assertThat(temperature.score()).isCloseTo(1.0, EXACT);
            assertThat(temperature.level()).isEqualTo(Level.CALM);
            assertThat(temperature.confidence()).isEqualTo(Confidence.LOW);
            SignalContribution part = (SignalContribution) temperature.explanation().contributions().get(0);
            assertThat(part.signalId()).isEqualTo(signal.signalId());
            assertThat(part.kind()).isEqualTo(Contribution.Kind.SIGNAL);
            assertThat(part.intensity()).isEqualTo(4);
            assertThat(part.reliabilityWeight()).isEqualTo(1.0);
            assertThat(part.independentSources()).isEqualTo(1);
            assertThat(part.sourceWeight()).isEqualTo(0.5);
            assertThat(part.observedAt()).isEqualTo(signal.lastObservedAt());
            assertThat(part.ageDays()).isEqualTo(14.0);
            assertThat(part.decay()).isCloseTo(0.5, EXACT);
            assertThat(part.points()).isCloseTo(1.0, EXACT);
            assertThat(part.onlyFirstObservation()).isFalse();
        }

        @Test
        void threeIndependentSourcesWeighMore() {
            // 4 × 1.0 × (1 - 0.5^3 = 0.875) × 0.5 = 1.75; three sources: MEDIUM
            Temperature temperature = temperatureOf(Evidence.none().plus(aSignal().intensity(4)
                    .reliability(Reliability.HIGH).sources(3).observedDaysAgo(14).build()));

            assertThat(temperature.score()).isCloseTo(1.75, EXACT);
            assertThat(temperature.level()).isEqualTo(Level.CALM);
            assertThat(temperature.confidence()).isEqualTo(Confidence.MEDIUM);
        }

        @Test
        void twoCalmSignalsTogetherAreTense() {
            SignalEvidence older = aSignal().intensity(4).reliability(Reliability.HIGH).observedDaysAgo(14).build();
            SignalEvidence fresh = aSignal().intensity(3).reliability(Reliability.MEDIUM).sources(2).observedDaysAgo(0)
                    .build();

            // older: 4 × 1.0 × 0.5 × 0.5 = 1.0; fresh: 3 × 0.7 × 0.75 × 1 = 1.575; each alone below 2
            assertThat(temperatureOf(Evidence.none().plus(older)).level()).isEqualTo(Level.CALM);
            assertThat(temperatureOf(Evidence.none().plus(fresh)).level()).isEqualTo(Level.CALM);
            // together 1.0 + 1.575 = 2.575 ≥ 2: TENSE; sources 1 + 2 = 3: MEDIUM
            Temperature both = temperatureOf(Evidence.none().plus(older).plus(fresh));
            assertThat(both.score()).isCloseTo(2.575, EXACT);
            assertThat(both.level()).isEqualTo(Level.TENSE);
            assertThat(both.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(both.explanation().contributions()).extracting(Contribution::evidenceId)
                    .containsExactly(fresh.signalId(), older.signalId());
        }

        @Test
        void eachReliabilityHasItsWeight() {
            // intensity 5, 1 source, today: 5 × w × 0.5 = 2.5 w
            assertThat(scoreOf(Reliability.HIGH)).isCloseTo(2.5, EXACT);
            assertThat(scoreOf(Reliability.MEDIUM)).isCloseTo(1.75, EXACT);
            assertThat(scoreOf(Reliability.UNKNOWN)).isCloseTo(1.25, EXACT);
            assertThat(scoreOf(Reliability.LOW)).isCloseTo(1.0, EXACT);
        }

        private double scoreOf(Reliability reliability) {
            return temperatureOf(Evidence.none().plus(aSignal().intensity(5).reliability(reliability).build()))
                    .score();
        }
    }

    @Nested
    class Polls {

        @Test
        void anAnswerOfOneTodayIsFullTension() {
            // tension (10 - 1) / 9 × 5 = 5; the mean of one answer is that answer: 1.0 × 5 = 5, HEATED
            Temperature temperature = temperatureOf(Evidence.none().plus(anAnswer().rating(1).build()));

            assertThat(temperature.score()).isCloseTo(5.0, EXACT);
            assertThat(temperature.level()).isEqualTo(Level.HEATED);
            assertThat(temperature.confidence()).isEqualTo(Confidence.LOW);
        }

        @Test
        void aRatingIsTurnedAroundAndScaledToFive() {
            assertThat(PollContribution.tensionOf(10)).isEqualTo(0.0);
            assertThat(PollContribution.tensionOf(1)).isEqualTo(5.0);
            // (10 - 7) / 9 × 5 = 15/9 = 1.667
            assertThat(PollContribution.tensionOf(7)).isCloseTo(15 / 9.0, EXACT);
            assertThatThrownBy(() -> PollContribution.tensionOf(0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void olderAnswersWeighLessInTheMean() {
            PollEvidence tenseToday = anAnswer().rating(4).answeredDaysAgo(0).build();
            PollEvidence calmerEarlier = anAnswer().rating(7).answeredDaysAgo(14).build();

            Temperature temperature = temperatureOf(Evidence.of(List.of(), List.of(tenseToday, calmerEarlier)));

            // tensions: (10 - 4) / 9 × 5 = 30/9 = 10/3 with weight 1; (10 - 7) / 9 × 5 = 5/3 with weight 0.5
            // weighted mean: (1 × 10/3 + 0.5 × 5/3) / 1.5 = (25/6) / 1.5 = 25/9 = 2.778
            assertThat(temperature.score()).isCloseTo(25 / 9.0, EXACT);
            // shares 1/1.5 = 2/3 and 0.5/1.5 = 1/3: points 2/3 × 10/3 = 20/9 and 1/3 × 5/3 = 5/9
            List<PollContribution> parts = temperature.explanation().polls();
            assertThat(parts).extracting(PollContribution::answerId)
                    .containsExactly(tenseToday.answerId(), calmerEarlier.answerId());
            assertThat(parts.get(0).share()).isCloseTo(2 / 3.0, EXACT);
            assertThat(parts.get(0).tension()).isCloseTo(10 / 3.0, EXACT);
            assertThat(parts.get(0).points()).isCloseTo(20 / 9.0, EXACT);
            assertThat(parts.get(1).share()).isCloseTo(1 / 3.0, EXACT);
            assertThat(parts.get(1).decay()).isCloseTo(0.5, EXACT);
            assertThat(parts.get(1).points()).isCloseTo(5 / 9.0, EXACT);
            assertThat(temperature.confidence()).isEqualTo(Confidence.MEDIUM);
        }

        @Test
        void aCalmAnswerLowersThePollPart() {
            // one answer of 1 today: 5; with an answer of 10 today beside it: (5 + 0) / 2 = 2.5
            PollEvidence tense = anAnswer().rating(1).build();
            PollEvidence calm = anAnswer().rating(10).build();
            assertThat(temperatureOf(Evidence.of(List.of(), List.of(tense, calm))).score()).isCloseTo(2.5, EXACT);
        }

        @Test
        void withPollWeightZeroAnswersCountNeitherInTheScoreNorAsSources() {
            TemperatureModel withoutPolls = new TemperatureModel(TemperatureSettings.defaults().withPollWeight(0));
            Temperature temperature = withoutPolls.temperature(MALBERG, WIJ_ZIJ,
                    Evidence.none().plus(anAnswer().rating(1).build()), NOW);

            assertThat(temperature.score()).isZero();
            assertThat(temperature.explanation().contributions()).isEmpty();
            assertThat(temperature.explanation().independentSources()).isZero();
        }

        @Test
        void thePollWeightScalesThePollPart() {
            TemperatureModel halfPolls = new TemperatureModel(TemperatureSettings.defaults().withPollWeight(0.5));
            // 0.5 × 5 = 2.5
            assertThat(halfPolls.temperature(MALBERG, WIJ_ZIJ, Evidence.none().plus(anAnswer().rating(1).build()),
                    NOW).score()).isCloseTo(2.5, EXACT);
        }
    }

    @Test
    void signalsAndPollsAddUpAndTheExplanationShowsEveryPartLargestFirst() {
        SignalEvidence signal = aSignal().intensity(4).reliability(Reliability.HIGH).observedDaysAgo(14).build();
        PollEvidence tenseToday = anAnswer().rating(4).answeredDaysAgo(0).build();
        PollEvidence calmerEarlier = anAnswer().rating(7).answeredDaysAgo(14).build();

        Temperature temperature = temperatureOf(Evidence.of(List.of(signal), List.of(tenseToday, calmerEarlier)));

        // signal 4 × 1.0 × 0.5 × 0.5 = 1.0; poll part 25/9 (see olderAnswersWeighLessInTheMean)
        // score 1 + 25/9 = 34/9 = 3.778: TENSE; sources 1 + 2 respondents = 3: MEDIUM
        assertThat(temperature.score()).isCloseTo(34 / 9.0, EXACT);
        assertThat(temperature.level()).isEqualTo(Level.TENSE);
        assertThat(temperature.confidence()).isEqualTo(Confidence.MEDIUM);
        Explanation explanation = temperature.explanation();
        // 20/9 = 2.222, then 1.0, then 5/9 = 0.556
        assertThat(explanation.contributions()).extracting(Contribution::evidenceId)
                .containsExactly(tenseToday.answerId(), signal.signalId(), calmerEarlier.answerId());
        assertThat(explanation.contributions()).extracting(Contribution::points)
                .usingElementComparator((a, b) -> Math.abs(a - b) <= 1e-12 ? 0 : Double.compare(a, b))
                .containsExactly(20 / 9.0, 1.0, 5 / 9.0);
        assertThat(explanation.signalPart()).isCloseTo(1.0, EXACT);
        assertThat(explanation.pollPart()).isCloseTo(25 / 9.0, EXACT);
        assertThat(explanation.contributions().stream().mapToDouble(Contribution::points).sum())
                .isCloseTo(temperature.score(), within(1e-9));
        assertThat(explanation.independentSources()).isEqualTo(3);
        // fourteen days ago the signal was fresh, 4 × 1.0 × 0.5 × 1 = 2.0, and the earlier answer was the only one,
        // tension 15/9 = 1.667: 3.667. The change, 34/9 - 33/9 = 0.111, is within the tolerance: STABLE
        assertThat(explanation.earlierScore()).isCloseTo(2 + 15 / 9.0, EXACT);
        assertThat(temperature.trend()).isEqualTo(Trend.STABLE);
    }

    @Nested
    class Time {

        @Test
        void evidenceFromAfterTheMomentAskedIsIgnored() {
            Instant anHourLater = NOW.plus(Duration.ofHours(1));
            Evidence evidence = Evidence.none().plus(aSignal().intensity(5).observedAt(anHourLater).build())
                    .plus(anAnswer().rating(1).answeredAt(anHourLater).build());

            Temperature temperature = temperatureOf(evidence);

            assertThat(temperature.score()).isZero();
            assertThat(temperature.level()).isEqualTo(Level.CALM);
            assertThat(temperature.confidence()).isEqualTo(Confidence.LOW);
            assertThat(temperature.explanation().contributions()).isEmpty();
            // an hour later it counts: 5 × 0.7 × 0.5 × 1 = 1.75 plus the answer's 5
            assertThat(MODEL.temperature(MALBERG, WIJ_ZIJ, evidence, anHourLater).score())
                    .isCloseTo(6.75, EXACT);
        }

        @Test
        void theModelCanBeAskedAboutThePast() {
            SignalEvidence signal = aSignal().intensity(4).reliability(Reliability.HIGH).observedDaysAgo(14).build();
            // fourteen days ago it was fresh: 4 × 1.0 × 0.5 × 1 = 2.0
            Temperature then = MODEL.temperature(MALBERG, WIJ_ZIJ, Evidence.none().plus(signal),
                    NOW.minus(Duration.ofDays(14)));
            assertThat(then.score()).isCloseTo(2.0, EXACT);
        }

        @Test
        void aSignalSeenAgainAfterTheMomentAskedCountsFromItsFirstObservationAsOneSource() {
            // first seen 14 days ago, seen again tomorrow by two more people
            SignalEvidence signal = aSignal().intensity(4).reliability(Reliability.HIGH).sources(3)
                    .observedBetween(NOW.minus(Duration.ofDays(14)), NOW.plus(Duration.ofDays(1))).build();

            Temperature temperature = temperatureOf(Evidence.none().plus(signal));

            // what was known now: one observation, 14 days old: 4 × 1.0 × 0.5 × 0.5 = 1.0
            assertThat(temperature.score()).isCloseTo(1.0, EXACT);
            SignalContribution part = temperature.explanation().signals().get(0);
            assertThat(part.onlyFirstObservation()).isTrue();
            assertThat(part.observedAt()).isEqualTo(signal.firstObservedAt());
            assertThat(part.independentSources()).isEqualTo(1);
        }

        @Test
        void aSignalCountsFromItsLastObservation() {
            // first seen 70 days ago, last seen 14 days ago by three sources: 4 × 1.0 × 0.875 × 0.5 = 1.75
            SignalEvidence signal = aSignal().intensity(4).reliability(Reliability.HIGH).sources(3)
                    .observedBetween(NOW.minus(Duration.ofDays(70)), NOW.minus(Duration.ofDays(14))).build();
            assertThat(temperatureOf(Evidence.none().plus(signal)).score()).isCloseTo(1.75, EXACT);
        }

        @Test
        void aSignalObservedExactlyAtTheEdgeOfTheWindowStillCountsASecondEarlierNot() {
            Instant edge = NOW.minus(Duration.ofDays(84));
            SignalEvidence atEdge = aSignal().intensity(4).reliability(Reliability.HIGH).observedAt(edge).build();
            SignalEvidence beyond = aSignal().intensity(4).reliability(Reliability.HIGH)
                    .observedAt(edge.minusSeconds(1)).build();

            // 84 days is six half-lives: 4 × 1.0 × 0.5 × 0.5^6 = 2/64 = 0.03125
            assertThat(temperatureOf(Evidence.none().plus(atEdge)).score()).isCloseTo(0.03125, EXACT);
            assertThat(temperatureOf(Evidence.none().plus(beyond)).score()).isZero();
            assertThat(temperatureOf(Evidence.none().plus(beyond)).explanation().contributions()).isEmpty();
        }

        @Test
        void aPollAnswerExactlyAtTheEdgeOfThePollWindowStillCountsASecondEarlierNot() {
            Instant edge = NOW.minus(Duration.ofDays(42));
            // alone, an answer is the whole mean, whatever its age: tension 5
            assertThat(temperatureOf(Evidence.none().plus(anAnswer().rating(1).answeredAt(edge).build())).score())
                    .isCloseTo(5.0, EXACT);
            assertThat(temperatureOf(Evidence.none()
                    .plus(anAnswer().rating(1).answeredAt(edge.minusSeconds(1)).build())).score()).isZero();
        }

        @Test
        void aLongerWindowKeepsOlderSignals() {
            TemperatureModel longMemory = new TemperatureModel(
                    TemperatureSettings.defaults().withEvidenceWindow(Duration.ofDays(365)));
            // 98 days is seven half-lives: 4 × 1.0 × 0.5 × 0.5^7 = 1/64
            Temperature temperature = longMemory.temperature(MALBERG, WIJ_ZIJ, Evidence.none()
                    .plus(aSignal().intensity(4).reliability(Reliability.HIGH).observedDaysAgo(98).build()), NOW);
            assertThat(temperature.score()).isCloseTo(1 / 64.0, EXACT);
        }
    }

    @Nested
    class Levels {

        @Test
        void aScoreExactlyOnAThresholdIsTheHigherLevel() {
            // 4 × 1.0 × 0.5 × 1 = 2.0 exactly: TENSE
            SignalEvidence two = aSignal().intensity(4).reliability(Reliability.HIGH).build();
            SignalEvidence anotherTwo = aSignal().intensity(4).reliability(Reliability.HIGH).build();
            // an answer of 1 today: 5.0 exactly: HEATED
            PollEvidence five = anAnswer().rating(1).build();

            assertThat(temperatureOf(Evidence.none().plus(two))).satisfies(t -> {
                assertThat(t.score()).isEqualTo(2.0);
                assertThat(t.level()).isEqualTo(Level.TENSE);
            });
            assertThat(temperatureOf(Evidence.none().plus(five))).satisfies(t -> {
                assertThat(t.score()).isEqualTo(5.0);
                assertThat(t.level()).isEqualTo(Level.HEATED);
            });
            // 5 + 2 + 2 = 9.0 exactly: ESCALATING
            assertThat(temperatureOf(Evidence.none().plus(five).plus(two).plus(anotherTwo))).satisfies(t -> {
                assertThat(t.score()).isEqualTo(9.0);
                assertThat(t.level()).isEqualTo(Level.ESCALATING);
            });
        }

        @Test
        void withoutEvidenceABuurtIsCalmWithLowConfidence() {
            Temperature temperature = temperatureOf(Evidence.none());
            assertThat(temperature.score()).isZero();
            assertThat(temperature.level()).isEqualTo(Level.CALM);
            assertThat(temperature.trend()).isEqualTo(Trend.STABLE);
            assertThat(temperature.confidence()).isEqualTo(Confidence.LOW);
        }
    }

    @Nested
    class Trends {

        @Test
        void aFreshSignalIsARise() {
            // now 5 × 1.0 × 0.875 × 1 = 4.375; fourteen days ago nothing: + 4.375 > 1
            Temperature temperature = temperatureOf(Evidence.none()
                    .plus(aSignal().intensity(5).reliability(Reliability.HIGH).sources(3).build()));
            assertThat(temperature.trend()).isEqualTo(Trend.RISING);
            assertThat(temperature.explanation().earlierAsOf()).isEqualTo(NOW.minus(Duration.ofDays(14)));
            assertThat(temperature.explanation().earlierScore()).isZero();
        }

        @Test
        void aSignalNotHeardAgainIsAFall() {
            // fourteen days ago it was fresh: 5 × 1.0 × 0.875 × 1 = 4.375; now half: 2.1875; - 2.1875 < -1
            Temperature temperature = temperatureOf(Evidence.none()
                    .plus(aSignal().intensity(5).reliability(Reliability.HIGH).sources(3).observedDaysAgo(14)
                            .build()));
            assertThat(temperature.score()).isCloseTo(2.1875, EXACT);
            assertThat(temperature.explanation().earlierScore()).isCloseTo(4.375, EXACT);
            assertThat(temperature.trend()).isEqualTo(Trend.FALLING);
        }

        @Test
        void aChangeOfAtMostTheToleranceIsStable() {
            // now 2 × 1.0 × 0.5 × 1 = 1.0, earlier 0: a change of exactly 1.0 is not more than the tolerance
            Temperature exactlyTolerance = temperatureOf(Evidence.none()
                    .plus(aSignal().intensity(2).reliability(Reliability.HIGH).build()));
            assertThat(exactlyTolerance.score()).isEqualTo(1.0);
            assertThat(exactlyTolerance.trend()).isEqualTo(Trend.STABLE);
            // now 2 × 0.4 × 0.5 = 0.4, earlier 0: STABLE
            assertThat(temperatureOf(Evidence.none()
                    .plus(aSignal().intensity(2).reliability(Reliability.LOW).build())).trend())
                    .isEqualTo(Trend.STABLE);
        }

        @Test
        void aPollAnswerCountsInTheTrendOnlyFromWhenItWasGiven() {
            // now 5 (answer of 1 today), fourteen days ago nothing: RISING
            assertThat(temperatureOf(Evidence.none().plus(anAnswer().rating(1).build())).trend())
                    .isEqualTo(Trend.RISING);
        }
    }

    @Nested
    class Confidences {

        @Test
        void bandsOfIndependentSources() {
            assertThat(Confidence.ofSources(0)).isEqualTo(Confidence.LOW);
            assertThat(Confidence.ofSources(1)).isEqualTo(Confidence.LOW);
            assertThat(Confidence.ofSources(2)).isEqualTo(Confidence.MEDIUM);
            assertThat(Confidence.ofSources(3)).isEqualTo(Confidence.MEDIUM);
            assertThat(Confidence.ofSources(4)).isEqualTo(Confidence.HIGH);
            assertThat(Confidence.ofSources(40)).isEqualTo(Confidence.HIGH);
            assertThatThrownBy(() -> Confidence.ofSources(-1)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aRespondentWhoAnswersTwiceIsOneSource() {
            UUID respondent = UUID.randomUUID();
            Evidence evidence = Evidence.none().plus(aSignal().sources(2).build())
                    .plus(anAnswer().by(respondent).answeredDaysAgo(7).build())
                    .plus(anAnswer().by(respondent).answeredDaysAgo(0).build());

            // 2 signal sources + 1 respondent = 3: MEDIUM
            assertThat(temperatureOf(evidence).explanation().independentSources()).isEqualTo(3);
            assertThat(temperatureOf(evidence).confidence()).isEqualTo(Confidence.MEDIUM);
            // another respondent makes 4: HIGH
            Temperature withAnother = temperatureOf(evidence.plus(anAnswer().build()));
            assertThat(withAnother.confidence()).isEqualTo(Confidence.HIGH);
        }

        @Test
        void evidenceThatDoesNotCountIsNoSource() {
            Evidence evidence = Evidence.none().plus(aSignal().sources(5).observedDaysAgo(100).build())
                    .plus(anAnswer().answeredDaysAgo(50).build());
            assertThat(temperatureOf(evidence).explanation().independentSources()).isZero();
        }
    }

    @Test
    void evidenceAboutOtherBuurtenOrThemesIsIgnored() {
        Evidence evidence = Evidence.none()
                .plus(aSignal().in(NeighbourhoodCode.of("BU09350101")).intensity(5).build())
                .plus(aSignal().about(ThemeCode.of("complotdenken")).intensity(5).build())
                .plus(anAnswer().in(NeighbourhoodCode.of("BU09350101")).rating(1).build());
        assertThat(temperatureOf(evidence).score()).isZero();
    }

    private static Temperature temperatureOf(Evidence evidence) {
        return MODEL.temperature(MALBERG, WIJ_ZIJ, evidence, NOW);
    }

    @Nested
    class EvidenceTwice {

        private final NeighbourhoodCode other = NeighbourhoodCode.of("BU09350208");
        private final UUID id = UUID.randomUUID();

        @Test
        void aSignalTwiceForOneCellIsRefusedWhereverTheCellIsRead() {
            Evidence twice = Evidence.none().plus(aSignal().withId(id).intensity(3).build())
                    .plus(aSignal().withId(id).intensity(4).build());

            assertThatThrownBy(() -> MODEL.temperature(MALBERG, WIJ_ZIJ, twice, NOW))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("signal " + id + " appears twice for " + MALBERG + " × " + WIJ_ZIJ);
            assertThatThrownBy(() -> MODEL.readings(List.of(MALBERG), List.of(WIJ_ZIJ), twice, NOW))
                    .hasMessageContaining("appears twice");
            assertThatThrownBy(() -> MODEL.map(List.of(MALBERG), List.of(WIJ_ZIJ), twice, NOW))
                    .hasMessageContaining("appears twice");
            LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
            assertThatThrownBy(() -> MODEL.dailyReadings(MALBERG, WIJ_ZIJ, twice, today, today, ZoneOffset.UTC))
                    .hasMessageContaining("appears twice");
            assertThat(MODEL.readings(List.of(other), List.of(WIJ_ZIJ), twice, NOW)).as("a cell not read")
                    .hasSize(1);
            PollEvidence answer = anAnswer().build();
            assertThatThrownBy(() -> temperatureOf(Evidence.none().plus(answer).plus(answer)))
                    .hasMessage("answer " + answer.answerId() + " appears twice for " + MALBERG + " × " + WIJ_ZIJ);
        }

        @Test
        void oneSignalInTwoCellsCountsInEach() {
            Evidence twoCells = Evidence.none().plus(aSignal().withId(id).intensity(3).build())
                    .plus(aSignal().withId(id).in(other).intensity(3).build());

            List<TemperatureReading> readings = MODEL.readings(List.of(MALBERG, other), List.of(WIJ_ZIJ), twoCells,
                    NOW);
            assertThat(readings.get(0).score()).isPositive().isEqualTo(readings.get(1).score());
        }

        @Test
        void anAnswerTwiceIsFoundAmongManyAnswersOfOneCell() {
            Evidence many = Evidence.none();
            for (int i = 0; i < 20; i++) {
                many = many.plus(anAnswer().rating(4).build());
            }
            assertThat(MODEL.temperature(MALBERG, WIJ_ZIJ, many, NOW).score()).isPositive();
            Evidence twice = many.plus(anAnswer().withId(many.polls().get(3).answerId()).rating(4).build());

            assertThatThrownBy(() -> MODEL.readings(List.of(MALBERG), List.of(WIJ_ZIJ), twice, NOW))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("answer " + many.polls().get(3).answerId() + " appears twice");
        }
    }
}
