package nl.sleutelnet.domain.network.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Ours against plain JGraphT side by side, for a shared and noisy machine: the pairs of
 * {@link NetworkAnalysisBenchmark} (the same setup, the same methods) run alternately, ours first in one round and
 * plain first in the next, so that a busy spell hits both; each is timed in CPU time of the measuring thread (all
 * three are single-threaded). It prints the medians over the rounds, the median of the rounds' ratios (ours / plain)
 * and their quartiles. JMH's averages on the same machine vary more than the difference measured.
 *
 * <pre>
 * java -cp "$CP" nl.sleutelnet.domain.network.analysis.NetworkAnalysisComparison [rounds] [sizes...]
 * </pre>
 * Defaults: 21 rounds; 100, 1,000 and 10,000 key persons. Each sample repeats the operation until it has used at
 * least 50 ms of CPU, after a warm-up of a few seconds per operation.
 */
public final class NetworkAnalysisComparison {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long SAMPLE_NANOS = 50_000_000L;

    private NetworkAnalysisComparison() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int[] sizes = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[] {100, 1_000, 10_000};
        System.out.printf(Locale.ROOT, "%-14s %8s %12s %12s %14s %14s%n", "figure", "members", "ours (ms)",
                "plain (ms)", "median ratio", "quartiles");
        for (int size : sizes) {
            NetworkAnalysisBenchmark bench = new NetworkAnalysisBenchmark();
            bench.keyPersons = size;
            bench.setUp();
            compare("build", size, rounds, bench::oursBuild, bench::plainBuild);
            compare("coverage", size, rounds, bench::oursCoverage, bench::plainCoverage);
            compare("cut vertices", size, rounds, bench::oursCutVertices, bench::plainCutVertices);
        }
    }

    private static void compare(String figure, int size, int rounds, Supplier<?> ours, Supplier<?> plain) {
        int oursRepeat = repeatFor(ours);
        int plainRepeat = repeatFor(plain);
        double[] oursMs = new double[rounds];
        double[] plainMs = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                oursMs[r] = time(ours, oursRepeat);
                plainMs[r] = time(plain, plainRepeat);
            } else {
                plainMs[r] = time(plain, plainRepeat);
                oursMs[r] = time(ours, oursRepeat);
            }
            ratio[r] = oursMs[r] / plainMs[r];
        }
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%-14s %8d %12.4f %12.4f %14.2f %9.2f–%.2f%n", figure, size, median(oursMs),
                median(plainMs), median(ratio), ratio[rounds / 4], ratio[rounds * 3 / 4]);
    }

    /** Warms up for about two seconds, then picks how often to repeat the operation per sample. */
    private static int repeatFor(Supplier<?> operation) {
        long start = System.nanoTime();
        long calls = 0;
        long cpu = 0;
        while (System.nanoTime() - start < 2_000_000_000L || calls < 3) {
            long before = THREADS.getCurrentThreadCpuTime();
            consume(operation.get());
            cpu += THREADS.getCurrentThreadCpuTime() - before;
            calls++;
        }
        return (int) Math.max(1, SAMPLE_NANOS / Math.max(1, cpu / calls));
    }

    /** CPU time per call in ms, over {@code repeat} calls. */
    private static double time(Supplier<?> operation, int repeat) {
        long before = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < repeat; i++) {
            consume(operation.get());
        }
        return (THREADS.getCurrentThreadCpuTime() - before) / 1e6 / repeat;
    }

    private static final List<Object> SINK = new ArrayList<>(1);

    private static void consume(Object result) {
        SINK.clear();
        SINK.add(result);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
