package nl.sleutelnet.domain.intervention;

import static nl.sleutelnet.domain.temperature.Level.CALM;
import static nl.sleutelnet.domain.temperature.Level.ESCALATING;
import static nl.sleutelnet.domain.temperature.Level.HEATED;
import static nl.sleutelnet.domain.temperature.Level.TENSE;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.TENSE_FOR_14_DAYS;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.anIntervention;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.concat;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.days;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.temperature.DailyTemperature;
import nl.sleutelnet.domain.temperature.Evidence;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.temperature.Reliability;
import nl.sleutelnet.domain.temperature.TemperatureModel;
import nl.sleutelnet.domain.temperature.TemperatureReading;
import nl.sleutelnet.domain.testdata.SignalEvidenceBuilder;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.Test;

/** The withdrawal rule on hand-made series of the scope's daily temperature, and on series of the real model. */
class WithdrawalRuleTest {

    private static final Scope SCOPE = anIntervention().scope();
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 20);

    private static WithdrawalDecision decide(ExitCriteria criteria, List<Level> levels) {
        return WithdrawalRule.decide(criteria, series(SCOPE, TODAY, levels));
    }

    @Test
    void allowedAfterFourteenDaysAtOrBelowTheExitLevel() {
        WithdrawalDecision decision = decide(TENSE_FOR_14_DAYS, concat(days(HEATED, 3), days(TENSE, 4),
                days(CALM, 10)));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.daysAtOrBelow()).isEqualTo(14);
        assertThat(decision.daysMissing()).isZero();
        assertThat(decision.earliestDay()).isEqualTo(TODAY);
        assertThat(decision.breach()).contains(new WithdrawalDecision.Breach(TODAY.minusDays(14), HEATED));
        assertThat(decision.explanation()).isEqualTo("Withdrawal is allowed: on 2026-04-20 the scope is CALM and has "
                + "been at or below the exit level TENSE for 14 days (14 needed).");
    }

    @Test
    void refusedWhileStillHeatedWithTheWholePeriodStillNeeded() {
        WithdrawalDecision decision = decide(TENSE_FOR_14_DAYS, concat(days(CALM, 20), days(HEATED, 1)));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.currentLevel()).isEqualTo(HEATED);
        assertThat(decision.daysAtOrBelow()).isZero();
        assertThat(decision.daysMissing()).isEqualTo(14);
        assertThat(decision.breach()).contains(new WithdrawalDecision.Breach(TODAY, HEATED));
        assertThat(decision.explanation()).isEqualTo("Withdrawal is not allowed yet: on 2026-04-20 the scope is "
                + "HEATED, above the exit level TENSE. It must stay at or below TENSE for 14 days in a row: 14 more "
                + "days are needed, so 2026-05-04 at the earliest.");
    }

    @Test
    void refusedAfterNineCalmDaysWithFiveMoreDaysNeededAndTheDayThatBrokeIt() {
        WithdrawalDecision decision = decide(TENSE_FOR_14_DAYS, concat(days(CALM, 10), days(ESCALATING, 1),
                days(HEATED, 1), days(TENSE, 2), days(CALM, 7)));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.daysAtOrBelow()).isEqualTo(9);
        assertThat(decision.daysMissing()).isEqualTo(5);
        assertThat(decision.earliestDay()).isEqualTo(LocalDate.of(2026, 4, 25));
        assertThat(decision.breach()).contains(new WithdrawalDecision.Breach(LocalDate.of(2026, 4, 11), HEATED));
        assertThat(decision.explanation()).isEqualTo("Withdrawal is not allowed yet: on 2026-04-20 the scope is CALM "
                + "and has been at or below the exit level TENSE for 9 days, since 2026-04-12 (on 2026-04-11 it was "
                + "HEATED). It must stay at or below TENSE for 14 days in a row: 5 more days are needed, so "
                + "2026-04-25 at the earliest.");
    }

    @Test
    void oneDayTooFewSaysOneMoreDay() {
        WithdrawalDecision decision = decide(TENSE_FOR_14_DAYS, concat(days(HEATED, 1), days(CALM, 13)));

        assertThat(decision.daysMissing()).isEqualTo(1);
        assertThat(decision.explanation()).contains("for 13 days, since").contains("1 more day is needed, so "
                + "2026-04-21 at the earliest.");
    }

    @Test
    void theExitLevelItselfCountsAsLowEnoughAndAnythingAboveItBreaksTheRun() {
        ExitCriteria calmForThree = new ExitCriteria(CALM, 3);
        assertThat(decide(TENSE_FOR_14_DAYS, days(TENSE, 14)).allowed()).isTrue();
        assertThat(decide(calmForThree, List.of(CALM, CALM, CALM)).allowed()).isTrue();
        WithdrawalDecision tenseYesterday = decide(calmForThree, List.of(CALM, TENSE, CALM));
        assertThat(tenseYesterday.allowed()).isFalse();
        assertThat(tenseYesterday.daysAtOrBelow()).isEqualTo(1);
        assertThat(tenseYesterday.breach()).contains(new WithdrawalDecision.Breach(TODAY.minusDays(1), TENSE));
    }

    @Test
    void aLongerSeriesCountsEveryDayOfTheRunAndNeedNotShowABreach() {
        WithdrawalDecision decision = decide(TENSE_FOR_14_DAYS, days(CALM, 40));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.daysAtOrBelow()).isEqualTo(40);
        assertThat(decision.breach()).isEmpty();
    }

    @Test
    void aSeriesShorterThanTheExitPeriodCannotBeDecidedOn() {
        assertThatThrownBy(() -> decide(TENSE_FOR_14_DAYS, days(CALM, 13)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start it on 2026-04-07 or before");
    }

    @Test
    void exitCriteriaAreCalmTenseOrHeatedForOneDayToAYear() {
        assertThatThrownBy(() -> new ExitCriteria(ESCALATING, 14)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("intervention.exit-level.invalid"));
        assertThatThrownBy(() -> new ExitCriteria(TENSE, 0)).hasMessage("The exit period is 1 to 365 days; it was 0.");
        assertThat(new ExitCriteria(HEATED, 1).periodStart(TODAY)).isEqualTo(TODAY);
        assertThat(TENSE_FOR_14_DAYS.periodStart(TODAY)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void theScopeSeriesTakesTheHighestOfEveryBuurtAndThemeEachDay() {
        NeighbourhoodCode other = NeighbourhoodCode.of("BU09350208");
        ThemeCode wijZij = ThemeCode.of("wij-zij");
        Scope scope = new Scope(Set.of(SignalEvidenceBuilder.MALBERG, other), Set.of(wijZij));
        TemperatureModel model = TemperatureModel.withDefaults();
        // two strong, well-confirmed signals in the other buurt only, observed on 1 April; Malberg stays calm
        Evidence evidence = Evidence.none()
                .plus(SignalEvidenceBuilder.aSignal().in(other).intensity(5).reliability(Reliability.HIGH).sources(3)
                        .observedAt(LocalDate.of(2026, 4, 1).atTime(12, 0).toInstant(ZoneOffset.UTC)).build())
                .plus(SignalEvidenceBuilder.aSignal().in(other).intensity(5).reliability(Reliability.HIGH).sources(3)
                        .observedAt(LocalDate.of(2026, 4, 1).atTime(13, 0).toInstant(ZoneOffset.UTC)).build());
        ZoneId zone = ZoneId.of("Europe/Amsterdam");

        ScopeSeries early = seriesOf(model, scope, evidence, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 3), zone);
        assertThat(early.days()).hasSize(15);
        assertThat(early.currentLevel()).isEqualTo(HEATED);
        assertThat(early.current().highestScore()).isEqualTo(model.temperature(other, wijZij, evidence,
                LocalDate.of(2026, 4, 4).atStartOfDay(zone).toInstant()).score());
        WithdrawalDecision refused = WithdrawalRule.decide(TENSE_FOR_14_DAYS, early);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.explanation()).contains("the scope is HEATED, above the exit level TENSE");

        // the signals fade with a half-life of 14 days: some weeks later the other buurt has been TENSE long enough
        LocalDate later = LocalDate.of(2026, 5, 20);
        ScopeSeries cooled = seriesOf(model, scope, evidence, LocalDate.of(2026, 3, 20), later, zone);
        WithdrawalDecision allowed = WithdrawalRule.decide(TENSE_FOR_14_DAYS, cooled);
        assertThat(allowed.allowed()).isTrue();
        LocalDate lastHeated = cooled.days().stream().filter(d -> d.highestLevel() == HEATED).map(ScopeDay::day)
                .max(LocalDate::compareTo).orElseThrow();
        assertThat(allowed.breach()).contains(new WithdrawalDecision.Breach(lastHeated, HEATED));
        assertThat(allowed.daysAtOrBelow()).isEqualTo((int) (later.toEpochDay() - lastHeated.toEpochDay()));
    }

    @Test
    void aScopeSeriesNeedsEveryCellOfTheScopeEveryDayAndNothingElse() {
        TemperatureModel model = TemperatureModel.withDefaults();
        NeighbourhoodCode other = NeighbourhoodCode.of("BU09350208");
        Scope twoBuurten = new Scope(Set.of(SignalEvidenceBuilder.MALBERG, other), Set.of(ThemeCode.of("wij-zij")));
        LocalDate from = LocalDate.of(2026, 4, 1);
        List<DailyTemperature> malbergOnly = model.dailySeries(SignalEvidenceBuilder.MALBERG, ThemeCode.of("wij-zij"),
                Evidence.none(), from, from.plusDays(2), ZoneOffset.UTC);

        assertThatThrownBy(() -> ScopeSeries.of(twoBuurten, malbergOnly)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only 1 of the 2 buurt × theme cells");
        assertThatThrownBy(() -> ScopeSeries.of(new Scope(Set.of(other), Set.of(ThemeCode.of("wij-zij"))),
                malbergOnly)).hasMessageContaining("is outside the scope");
        assertThat(ScopeSeries.of(SCOPE, malbergOnly).days()).extracting(ScopeDay::highestLevel)
                .containsExactly(CALM, CALM, CALM);

        List<TemperatureReading> malbergReadings = model.dailyReadings(SignalEvidenceBuilder.MALBERG,
                ThemeCode.of("wij-zij"), Evidence.none(), from, from.plusDays(2), ZoneOffset.UTC);
        assertThatThrownBy(() -> ScopeSeries.ofReadings(twoBuurten, from, List.of(malbergReadings)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 series for the 2 buurt × theme");
        assertThatThrownBy(() -> ScopeSeries.ofReadings(twoBuurten, from, List.of(malbergReadings, malbergReadings)))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> ScopeSeries.ofReadings(new Scope(Set.of(other), Set.of(ThemeCode.of("wij-zij"))),
                from, List.of(malbergReadings))).hasMessageContaining("is outside the scope");
        assertThat(ScopeSeries.ofReadings(SCOPE, from, List.of(malbergReadings)))
                .isEqualTo(ScopeSeries.of(SCOPE, malbergOnly));
    }

    private static ScopeSeries seriesOf(TemperatureModel model, Scope scope, Evidence evidence, LocalDate from,
            LocalDate to, ZoneId zone) {
        List<DailyTemperature> all = new ArrayList<>();
        for (NeighbourhoodCode buurt : scope.buurten()) {
            for (ThemeCode theme : scope.themes()) {
                all.addAll(model.dailySeries(buurt, theme, evidence, from, to, zone));
            }
        }
        assertThat(Duration.between(from.atStartOfDay(), to.atStartOfDay()).toDays() + 1).isEqualTo(
                all.size() / scope.cells());
        ScopeSeries series = ScopeSeries.of(scope, all);
        // the figures alone give the same series, to the last bit
        List<List<TemperatureReading>> readings = new ArrayList<>();
        for (NeighbourhoodCode buurt : scope.buurten()) {
            for (ThemeCode theme : scope.themes()) {
                readings.add(model.dailyReadings(buurt, theme, evidence, from, to, zone));
            }
        }
        assertThat(ScopeSeries.ofReadings(scope, from, readings)).isEqualTo(series);
        return series;
    }
}
