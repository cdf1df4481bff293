package nl.sleutelnet.bootstrap.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.sleutelnet.adapters.persistence.reference.MaastrichtRegister;
import nl.sleutelnet.bootstrap.CoreSettings;

/**
 * How long the default scenario (Maastricht 2022–2026, through the real use cases) takes: a few single runs one after
 * another in one JVM (the first is also reported on its own: it pays for loading and compiling), their median, and
 * then many seeds in parallel as {@code simulate --seeds N} runs them. Not a test: run it with
 * {@code scripts/simulation-benchmark.sh} (see docs/performance.md).
 *
 * <pre>
 *   --runs N      single runs, seeds 1..N (default 5)
 *   --seeds N     then N seeds in parallel (default 1000; 0 skips)
 *   --threads N   for the seeds (default: the processors)
 * </pre>
 */
public final class SimulationBenchmark {

    private SimulationBenchmark() {
    }

    public static void main(String[] args) {
        int runs = 5;
        int seeds = 1000;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i += 2) {
            int value = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--runs" -> runs = value;
                case "--seeds" -> seeds = value;
                case "--threads" -> threads = value;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Simulator simulator = new Simulator(MaastrichtRegister.load(), CoreSettings.defaults());
        Scenario scenario = Scenario.defaults();
        System.out.printf(Locale.ROOT, "scenario %s, %s to %s, %d processors%n", scenario.name(), scenario.start(),
                scenario.end(), Runtime.getRuntime().availableProcessors());
        List<Double> times = new ArrayList<>();
        for (int k = 1; k <= runs; k++) {
            long cpuBefore = cpuNanos();
            long started = System.nanoTime();
            Summary summary = simulator.run(scenario.withSeed(k)).summary();
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = (cpuNanos() - cpuBefore) / 1e9;
            times.add(seconds);
            System.out.printf(Locale.ROOT, "run %d (seed %d): %.2f s wall, %.2f s CPU of this thread "
                    + "(%d signals, %d sightings, %d poll answers)%n", k, k, seconds, cpu, summary.signals(),
                    summary.sightings(), summary.pollAnswers());
        }
        if (runs > 0) {
            System.out.printf(Locale.ROOT, "single run: first %.2f s, median of all %d %.2f s, median without the "
                    + "first %.2f s%n", times.get(0), runs, median(times),
                    runs > 1 ? median(times.subList(1, runs)) : Double.NaN);
        }
        if (seeds > 0) {
            long started = System.nanoTime();
            MonteCarlo.Series series = MonteCarlo.run(simulator, scenario, seeds, threads, MonteCarlo.Progress.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%d seeds on %d threads: %.1f s (%.3f s per seed; mean signals %.1f)%n",
                    seeds, threads, seconds, seconds / seeds, series.statistic("signals").mean());
        }
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
