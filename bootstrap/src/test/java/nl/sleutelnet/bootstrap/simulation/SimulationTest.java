package nl.sleutelnet.bootstrap.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.sleutelnet.adapters.persistence.reference.MaastrichtRegister;
import nl.sleutelnet.bootstrap.CoreSettings;
import org.junit.jupiter.api.Test;

/** The simulator drives the real core: deterministic per seed, and what-if changes show their effect. */
class SimulationTest {

    private static final Simulator SIMULATOR = new Simulator(MaastrichtRegister.load(), CoreSettings.defaults());

    @Test
    void maastricht2022To2026TwiceWithTheSameSeedGivesIdenticalResults() {
        Scenario scenario = Scenario.defaults().withSeed(42);
        assertThat(scenario.start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(scenario.end()).isEqualTo(LocalDate.of(2026, 12, 31));

        long started = System.nanoTime();
        SimulationResult first = SIMULATOR.run(scenario);
        System.out.printf("one run 2022-2026: %.2f s%n", (System.nanoTime() - started) / 1e9);
        SimulationResult second = SIMULATOR.run(scenario);

        assertThat(first.days()).hasSize(1826);
        assertThat(SimulationOutputs.summaryJson(second)).isEqualTo(SimulationOutputs.summaryJson(first));
        assertThat(SimulationOutputs.daily(second)).isEqualTo(SimulationOutputs.daily(first));
        assertThat(SimulationOutputs.temperature(second)).isEqualTo(SimulationOutputs.temperature(first));
        assertThat(SimulationOutputs.episodes(second)).isEqualTo(SimulationOutputs.episodes(first));
        assertThat(SimulationOutputs.interventions(second)).isEqualTo(SimulationOutputs.interventions(first));

        Summary s = first.summary();
        System.out.println(SimulationOutputs.metricsCsv(s.metrics()));
        assertThat(s.signals()).as("signals reached the core").isPositive();
        assertThat(s.episodesDetected()).as("flare-ups were detected").isPositive();
        assertThat(s.interventions()).as("interventions were planned").isPositive();
        assertThat(s.withdrawals()).as("the core allowed withdrawals").isPositive();
        assertThat(s.alerts()).as("the core raised alerts").isPositive();
        assertThat(s.pollAnswers()).as("key persons answered polls").isPositive();
        Scenario firstMonths = scenario.withPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31));
        assertThat(SimulationOutputs.daily(SIMULATOR.run(firstMonths.withSeed(43))))
                .as("another seed, another city").isNotEqualTo(SimulationOutputs.daily(SIMULATOR.run(firstMonths)));
    }

    /**
     * Without key persons in a wijk, flare-ups there go unseen longer: only residents, partners and media report
     * them, later and less often. On average over seeds, and measured as the core received the reports.
     */
    @Test
    void removingTheKeyPersonsOfAWijkDelaysDetectionThere() {
        String wijk = "WK093502";
        Scenario baseline = Scenario.defaults().withName("basis")
                .withPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 9, 30))
                .withNetwork(new Scenario.Network(null, 0, null, null, null, null, null, null))
                .withPolicy(new Scenario.Policy(null, null, null, null, null, null, null, 0, null));
        Scenario withoutKeyPersons = baseline.withName("zonder sleutelpersonen in " + wijk).withWhatIf(
                new Scenario.WhatIf(List.of(new Scenario.Change(wijk, -1, null)), List.of()));

        MonteCarlo.Comparison comparison = MonteCarlo.compare(SIMULATOR, baseline, withoutKeyPersons, 4, 2,
                MonteCarlo.Progress.NONE);
        System.out.println(SimulationOutputs.comparison(comparison));

        MonteCarlo.Difference keyPersons = comparison.difference("wijk." + wijk + ".meanActiveKeyPersons");
        assertThat(keyPersons.baseline().mean()).isGreaterThan(3);
        assertThat(keyPersons.alternative().mean()).isZero();
        MonteCarlo.Difference unseen = comparison.difference("wijk." + wijk + ".meanDaysUnseen");
        assertThat(unseen.alternative().mean()).as("days a flare-up in %s goes unseen", wijk)
                .isGreaterThan(unseen.baseline().mean() + 1);
        MonteCarlo.Difference detected = comparison.difference("wijk." + wijk + ".detected");
        MonteCarlo.Difference episodes = comparison.difference("wijk." + wijk + ".episodes");
        assertThat(detected.alternative().mean() / episodes.alternative().mean())
                .as("the share of flare-ups detected in %s", wijk)
                .isLessThan(detected.baseline().mean() / episodes.baseline().mean());
        assertThat(comparison.baseline().seeds()).containsExactly(1L, 2L, 3L, 4L);
    }
}
