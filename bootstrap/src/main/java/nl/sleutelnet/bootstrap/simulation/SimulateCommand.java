package nl.sleutelnet.bootstrap.simulation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar sleutelnet.jar simulate SCENARIO [options]}: runs a scenario file through the core, without the web
 * server, and writes CSV and JSON. Progress goes to standard error, the files written to standard output.
 *
 * <pre>
 *   --out DIR            where the files go (default: simulation-&lt;scenario name&gt;)
 *   --seeds N            run N seeds (the scenario's seed, +1, +2, ...) and write runs and statistics
 *   --compare FILE       compare with another scenario over the same seeds
 *   --baseline           compare the scenario with itself without its what-if changes
 *   --threads N          runs in parallel (default: the processors, at most 4)
 *   --quiet              no progress
 * </pre>
 */
public final class SimulateCommand {

    static final String USAGE = """
            Usage: java -jar sleutelnet.jar simulate SCENARIO.yaml|json [--out DIR] [--seeds N]
                   [--compare OTHER.yaml | --baseline] [--threads N] [--quiet]
            Runs the scenario through Sleutelnet's core on a synthetic city (no web server, nothing stored) and
            writes CSV and JSON. See docs/simulation.md.""";

    private SimulateCommand() {
    }

    /** @return the exit code: 0 done, 2 wrong arguments or scenario, 1 a failure */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Scenario scenario;
        Scenario other = null;
        try {
            scenario = ScenarioFiles.read(options.scenario);
            if (options.compare != null) {
                other = ScenarioFiles.read(options.compare);
            } else if (options.baseline) {
                other = scenario;
                scenario = scenario.withWhatIf(Scenario.WhatIf.none()).withName(scenario.name() + " (zonder wat-als)");
            }
        } catch (RuntimeException e) {
            err.println("simulate: " + e.getMessage());
            return 2;
        }
        Path out0 = options.out != null ? options.out : Path.of("simulation-" + scenario.name().replaceAll(
                "[^A-Za-z0-9_-]+", "-"));
        try {
            Simulator simulator = new Simulator();
            List<Path> written;
            long started = System.nanoTime();
            if (other != null) {
                err.printf(Locale.ROOT, "simulate: %s against %s, %d seed(s), %s to %s%n", other.name(),
                        scenario.name(), options.seeds, scenario.start(), scenario.end());
                MonteCarlo.Comparison comparison = MonteCarlo.compare(simulator, scenario, other, options.seeds,
                        options.threads, runsProgress(err, options.quiet));
                written = SimulationOutputs.write(comparison, out0);
            } else if (options.seeds > 1) {
                err.printf(Locale.ROOT, "simulate: %s, %d seeds from %d, %s to %s%n", scenario.name(), options.seeds,
                        scenario.seed(), scenario.start(), scenario.end());
                written = SimulationOutputs.write(MonteCarlo.run(simulator, scenario, options.seeds, options.threads,
                        runsProgress(err, options.quiet)), out0);
            } else {
                err.printf(Locale.ROOT, "simulate: %s, seed %d, %s to %s%n", scenario.name(), scenario.seed(),
                        scenario.start(), scenario.end());
                SimulationResult result = simulator.run(scenario, daysProgress(err, options.quiet));
                written = SimulationOutputs.write(result, out0);
                Summary s = result.summary();
                err.printf(Locale.ROOT, "simulate: %d incidents, %d signals, %d of %d flare-ups detected "
                        + "(mean %.1f days), %d interventions, %d withdrawals, peak %.1f%n", s.incidents(),
                        s.signals(), s.episodesDetected(), s.episodes(), s.meanDaysToDetection(), s.interventions(),
                        s.withdrawals(), s.peakScore());
            }
            err.printf(Locale.ROOT, "simulate: done in %.1f s%n", (System.nanoTime() - started) / 1e9);
            written.forEach(out::println);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("simulate: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("simulate: failed: " + e);
            return 1;
        }
    }

    private static Simulator.Progress daysProgress(PrintStream err, boolean quiet) {
        if (quiet) {
            return Simulator.Progress.NONE;
        }
        return (done, total) -> {
            if (done == total || done % Math.max(1, total / 20) == 0) {
                err.printf(Locale.ROOT, "simulate: day %d of %d (%d%%)%n", done, total, 100 * done / total);
            }
        };
    }

    private static MonteCarlo.Progress runsProgress(PrintStream err, boolean quiet) {
        if (quiet) {
            return MonteCarlo.Progress.NONE;
        }
        return (done, total) -> {
            if (done == total || done % Math.max(1, total / 20) == 0) {
                synchronized (err) {
                    err.printf(Locale.ROOT, "simulate: run %d of %d (%d%%)%n", done, total, 100 * done / total);
                }
            }
        };
    }

    private record Options(Path scenario, Path out, int seeds, Path compare, boolean baseline, int threads,
            boolean quiet) {

        static Options parse(String[] args) {
            Path scenario = null;
            Path out = null;
            int seeds = 1;
            Path compare = null;
            boolean baseline = false;
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            boolean quiet = false;
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String arg = rest.remove(0);
                switch (arg) {
                    case "--out" -> out = Path.of(value(rest, arg));
                    case "--seeds" -> seeds = number(value(rest, arg), arg, 1, 100_000);
                    case "--compare" -> compare = Path.of(value(rest, arg));
                    case "--baseline" -> baseline = true;
                    case "--threads" -> threads = number(value(rest, arg), arg, 1, 256);
                    case "--quiet" -> quiet = true;
                    default -> {
                        if (arg.startsWith("--") || scenario != null) {
                            throw new IllegalArgumentException("simulate: unknown argument " + arg);
                        }
                        scenario = Path.of(arg);
                    }
                }
            }
            if (scenario == null) {
                throw new IllegalArgumentException("simulate: name a scenario file");
            }
            if (compare != null && baseline) {
                throw new IllegalArgumentException("simulate: --compare or --baseline, not both");
            }
            return new Options(scenario, out, seeds, compare, baseline, threads, quiet);
        }

        private static String value(List<String> rest, String option) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("simulate: " + option + " needs a value");
            }
            return rest.remove(0);
        }

        private static int number(String text, String option, int min, int max) {
            try {
                int value = Integer.parseInt(text);
                if (value < min || value > max) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("simulate: " + option + " is a whole number from " + min + " to "
                        + max + ", not " + text);
            }
        }
    }
}
