package nl.sleutelnet.domain.network.analysis;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Betweenness with the default settings on the synthetic network, timed per call in wall clock and in CPU time of the
 * whole JVM (betweenness uses every processor, so on a loaded machine the CPU time says more than the wall clock; on
 * an idle two-core machine the wall clock is about half the CPU time). For a side-by-side comparison run it
 * alternately against two builds.
 *
 * <pre>
 * java -Xmx4g -cp "$CP" nl.sleutelnet.domain.network.analysis.BetweennessTiming [members] [calls]
 * </pre>
 * Defaults: 10,000 members, 5 calls. It prints every call and the medians.
 */
public final class BetweennessTiming {

    private BetweennessTiming() {
    }

    public static void main(String[] args) {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        NetworkAnalysis analysis = NetworkAnalysis.of(SyntheticNetwork.of(members).snapshot(),
                AnalysisSettings.defaults());
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[calls];
        double[] cpu = new double[calls];
        double top = 0;
        for (int c = 0; c < calls; c++) {
            long cpuBefore = os.getProcessCpuTime();
            long before = System.nanoTime();
            top = analysis.betweenness().get(0).raw();
            wall[c] = (System.nanoTime() - before) / 1e6;
            cpu[c] = (os.getProcessCpuTime() - cpuBefore) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%d members, %s: wall %s ms, CPU %s ms; median wall %.0f ms, CPU %.0f ms"
                + " (highest raw betweenness %.6f)%n", members,
                analysis.betweennessIsApproximate() ? "estimate" : "exact", Arrays.toString(round(wall)),
                Arrays.toString(round(cpu)), median(wall), median(cpu), top);
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
