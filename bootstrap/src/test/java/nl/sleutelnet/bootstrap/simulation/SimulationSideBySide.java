package nl.sleutelnet.bootstrap.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of Sleutelnet side by side in one JVM: single runs of the default scenario (seeds 1, 2, ...) alternate
 * between build A and build B, each in its own class loader, so that whatever else the machine does at a moment
 * falls on both. Prints the CPU time of each run (of this thread, the simulating one), the medians without the first
 * two rounds (class loading and compilation) and the median of B's time over A's per round. Not a test: run it with
 * {@code scripts/simulation-side-by-side.sh} (see docs/performance.md, "Simulation").
 *
 * <pre>
 *   SimulationSideBySide A.classpath B.classpath [ROUNDS]
 * </pre>
 *
 * Each file holds one class path (entries separated by ':'); the default is 10 rounds. This class needs nothing but
 * the JDK itself (it names the other classes only as text), so it runs from {@code bootstrap/target/test-classes}.
 */
public final class SimulationSideBySide {

    private SimulationSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        if (rounds < 3) {
            throw new IllegalArgumentException("at least 3 rounds: the first two are not counted");
        }
        Build[] builds = {new Build("A", Path.of(args[0])), new Build("B", Path.of(args[1]))};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            // A first in odd rounds, B first in even ones
            for (int k = 0; k < 2; k++) {
                Build build = builds[round % 2 == 1 ? k : 1 - k];
                long before = threads.getCurrentThreadCpuTime();
                build.run(round);
                double seconds = (threads.getCurrentThreadCpuTime() - before) / 1e9;
                build.seconds.add(seconds);
                System.out.printf(Locale.ROOT, "round %d %s (seed %d): %.2f s CPU%n", round, build.name, round,
                        seconds);
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (int r = 2; r < rounds; r++) {
            ratios.add(builds[1].seconds.get(r) / builds[0].seconds.get(r));
        }
        for (Build build : builds) {
            System.out.printf(Locale.ROOT, "%s: median %.3f s CPU per run (rounds 3 to %d)%n", build.name,
                    median(build.seconds.subList(2, rounds)), rounds);
        }
        System.out.printf(Locale.ROOT, "B / A: median of the rounds %.3f (min %.3f, max %.3f)%n", median(ratios),
                Collections.min(ratios), Collections.max(ratios));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** One build in its own class loader: a simulator on Maastricht's register with the core's defaults. */
    private static final class Build {

        final String name;
        final List<Double> seconds = new ArrayList<>();
        private final Object simulator;
        private final Method run;
        private final Object scenario;
        private final Method withSeed;

        Build(String name, Path classPathFile) throws Exception {
            this.name = name;
            List<URL> urls = new ArrayList<>();
            for (String entry : Files.readString(classPathFile).trim().split(":")) {
                urls.add(Path.of(entry).toAbsolutePath().toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> register = loader.loadClass("nl.sleutelnet.adapters.persistence.reference.MaastrichtRegister");
            Class<?> settings = loader.loadClass("nl.sleutelnet.bootstrap.CoreSettings");
            Class<?> simulatorClass = loader.loadClass("nl.sleutelnet.bootstrap.simulation.Simulator");
            Class<?> scenarioClass = loader.loadClass("nl.sleutelnet.bootstrap.simulation.Scenario");
            simulator = simulatorClass.getConstructor(register, settings).newInstance(
                    register.getMethod("load").invoke(null), settings.getMethod("defaults").invoke(null));
            run = simulatorClass.getMethod("run", scenarioClass);
            scenario = scenarioClass.getMethod("defaults").invoke(null);
            withSeed = scenarioClass.getMethod("withSeed", long.class);
        }

        void run(long seed) throws Exception {
            run.invoke(simulator, withSeed.invoke(scenario, seed));
        }
    }
}
