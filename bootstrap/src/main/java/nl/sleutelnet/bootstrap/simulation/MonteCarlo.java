package nl.sleutelnet.bootstrap.simulation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many seeds of one scenario, and the comparison of two scenarios over the same seeds. Seed {@code k} of a series is
 * the scenario's seed plus k, so two scenarios compared over n seeds meet the same cities and the same incidents
 * wherever their differences do not reach: the difference between them is mostly the difference made. Runs may go
 * in parallel; the results are in seed order and do not depend on the number of threads.
 */
public final class MonteCarlo {

    private MonteCarlo() {
    }

    /** Hears how many runs of how many are done. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total) -> { };

        void runs(int done, int total);
    }

    /** One figure over the runs: how many runs had it (a NaN does not count), its mean, spread and range. */
    public record Statistic(String metric, int n, double mean, double sd, double min, double max) {

        static Statistic of(String metric, List<Double> values) {
            List<Double> present = values.stream().filter(v -> v != null && !v.isNaN()).toList();
            if (present.isEmpty()) {
                return new Statistic(metric, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            double mean = present.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double squares = present.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            double sd = present.size() < 2 ? 0 : Math.sqrt(squares / (present.size() - 1));
            return new Statistic(metric, present.size(), Simulator.round(mean), Simulator.round(sd),
                    present.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                    present.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        }

        /** The standard error of the mean. */
        public double standardError() {
            return n == 0 ? Double.NaN : sd / Math.sqrt(n);
        }
    }

    /** The runs of one scenario: the seeds, each run's summary, and the statistics per figure. */
    public record Series(Scenario scenario, List<Long> seeds, List<Summary> summaries, List<Statistic> statistics) {

        public Series {
            seeds = List.copyOf(seeds);
            summaries = List.copyOf(summaries);
            statistics = List.copyOf(statistics);
        }

        public Statistic statistic(String metric) {
            return statistics.stream().filter(s -> s.metric().equals(metric)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no figure " + metric));
        }
    }

    /** A figure in two series, and the difference of the means (the alternative minus the baseline). */
    public record Difference(String metric, Statistic baseline, Statistic alternative, double meanDifference) {
    }

    public record Comparison(Series baseline, Series alternative, List<Difference> differences) {

        public Difference difference(String metric) {
            return differences.stream().filter(d -> d.metric().equals(metric)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no figure " + metric));
        }
    }

    public static Series run(Simulator simulator, Scenario scenario, int seeds, int threads, Progress progress) {
        checkArgument(seeds >= 1 && seeds <= 100_000, "1 to 100000 seeds: %s", seeds);
        checkArgument(threads >= 1, "at least one thread: %s", threads);
        List<Scenario> runs = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            runs.add(scenario.withSeed(scenario.seed() + k));
        }
        List<Summary> summaries = runAll(simulator, runs, threads, progress);
        return series(scenario, runs.stream().map(Scenario::seed).toList(), summaries);
    }

    /** Both scenarios over the same seeds (each scenario's own seed is replaced by the baseline's). */
    public static Comparison compare(Simulator simulator, Scenario baseline, Scenario alternative, int seeds,
            int threads, Progress progress) {
        checkArgument(seeds >= 1 && seeds <= 100_000, "1 to 100000 seeds: %s", seeds);
        List<Scenario> runs = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            runs.add(baseline.withSeed(baseline.seed() + k));
            runs.add(alternative.withSeed(baseline.seed() + k));
        }
        List<Summary> all = runAll(simulator, runs, threads, progress);
        List<Long> seedList = new ArrayList<>();
        List<Summary> first = new ArrayList<>();
        List<Summary> second = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            seedList.add(baseline.seed() + k);
            first.add(all.get(2 * k));
            second.add(all.get(2 * k + 1));
        }
        Series a = series(baseline, seedList, first);
        Series b = series(alternative, seedList, second);
        List<Difference> differences = new ArrayList<>();
        for (Statistic s : a.statistics()) {
            Statistic other = b.statistics().stream().filter(o -> o.metric().equals(s.metric())).findFirst()
                    .orElse(new Statistic(s.metric(), 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
            differences.add(new Difference(s.metric(), s, other, Simulator.round(other.mean() - s.mean())));
        }
        return new Comparison(a, b, differences);
    }

    private static Series series(Scenario scenario, List<Long> seeds, List<Summary> summaries) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (Summary summary : summaries) {
            summary.metrics().forEach((metric, value) -> values.computeIfAbsent(metric, m -> new ArrayList<>())
                    .add(value));
        }
        List<Statistic> statistics = new ArrayList<>();
        values.forEach((metric, list) -> statistics.add(Statistic.of(metric, list)));
        return new Series(scenario, seeds, summaries, statistics);
    }

    private static List<Summary> runAll(Simulator simulator, List<Scenario> runs, int threads, Progress progress) {
        Summary[] results = new Summary[runs.size()];
        AtomicInteger done = new AtomicInteger();
        if (threads == 1) {
            for (int i = 0; i < runs.size(); i++) {
                results[i] = simulator.run(runs.get(i)).summary();
                progress.runs(done.incrementAndGet(), runs.size());
            }
            return List.of(results);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "simulation");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    results[index] = simulator.run(runs.get(index)).summary();
                    progress.runs(done.incrementAndGet(), runs.size());
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The simulation was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(results);
    }
}
