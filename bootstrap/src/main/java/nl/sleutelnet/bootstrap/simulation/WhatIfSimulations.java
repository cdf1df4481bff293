package nl.sleutelnet.bootstrap.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import nl.sleutelnet.application.port.in.network.CoverageReport;
import nl.sleutelnet.application.port.in.network.ShowCoverageUseCase;
import nl.sleutelnet.application.port.in.simulation.SimulationJob;
import nl.sleutelnet.application.port.in.simulation.WhatIfSimulationCommand;
import nl.sleutelnet.application.port.in.simulation.WhatIfSimulationUseCase;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.analysis.Coverage;
import nl.sleutelnet.domain.shared.DomainException;

/**
 * The staff's what-if: the current network, read as coverage counts (which key person reaches which buurt × theme,
 * anonymously), becomes the explicit network of a scenario from today; the changes per wijk become its what-if; both
 * run over the seeds in the background ({@link MonteCarlo#compare}). Jobs live in memory, at most
 * {@value #KEPT_JOBS}, one at a time per instance; each is shown only to whoever started it.
 */
public final class WhatIfSimulations implements WhatIfSimulationUseCase {

    static final int KEPT_JOBS = 20;
    private static final List<String> CITY_FIGURES = List.of("episodes", "episodesDetected", "detectedShare",
            "meanDaysToDetection", "meanDaysUnseen", "signals", "interventions", "withdrawals", "peakScore",
            "cellDaysHeated", "alerts", "assessmentsPerStaffWeek");

    private final ShowCoverageUseCase coverage;
    private final Supplier<List<District>> districts;
    private final IdGenerator ids;
    private final Clock clock;
    private final Supplier<Simulator> simulator;
    private final Map<UUID, Job> jobs = new LinkedHashMap<>();
    private ExecutorService runner;

    /**
     * @param coverage  the live network's coverage (read with the acting user's permissions)
     * @param districts the wijken, for their names
     * @param simulator made when first needed (it reads the register once)
     */
    public WhatIfSimulations(ShowCoverageUseCase coverage, Supplier<List<District>> districts, IdGenerator ids,
            Clock clock, Supplier<Simulator> simulator) {
        this.coverage = checkNotNull(coverage, "coverage");
        this.districts = checkNotNull(districts, "districts");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
        this.simulator = checkNotNull(simulator, "simulator");
    }

    @Override
    public SimulationJob startWhatIfSimulation(Actor actor, WhatIfSimulationCommand command) {
        actor.require(Permission.RUN_SIMULATIONS);
        CoverageReport report = coverage.showCoverage(actor);
        List<String> wijken = districts.get().stream().map(d -> d.code().value()).toList();
        command.parsedChanges().forEach(change -> {
            if (!wijken.contains(change.getKey().value())) {
                throw DomainException.invalid("simulation.wijk.unknown", "There is no wijk %s.", change.getKey());
            }
        });
        synchronized (jobs) {
            if (jobs.values().stream().anyMatch(j -> j.status == SimulationJob.Status.RUNNING)) {
                throw DomainException.conflict("simulation.busy", "A simulation is running; wait until it is done "
                        + "and start yours then.");
            }
        }
        List<Scenario.Member> members = members(report.coverage());
        Map<String, Integer> perWijk = new TreeMap<>();
        wijken.forEach(w -> perWijk.put(w, 0));
        for (Scenario.Member m : members) {
            perWijk.merge(NeighbourhoodCode.of(m.buurten().get(0)).district().value(), 1, Integer::sum);
        }
        LocalDate today = report.asOf();
        Scenario current = Scenario.defaults().withName("huidig netwerk")
                .withPeriod(today, today.plusYears(command.years()).minusDays(1))
                .withNetwork(Scenario.Network.defaults().withMembers(members))
                .withShocks(List.of());
        List<Scenario.Change> remove = new ArrayList<>();
        List<Scenario.Change> add = new ArrayList<>();
        command.parsedChanges().forEach(e -> (e.getValue() < 0 ? remove : add)
                .add(new Scenario.Change(e.getKey().value(), Math.abs(e.getValue()), null)));
        Scenario whatIf = current.withName("wat als").withWhatIf(new Scenario.WhatIf(remove, add));
        Job job = new Job(ids.newId(), actor.accountId().value(), clock.instant(), command, today,
                current.end(), 2 * command.seeds(), perWijk);
        synchronized (jobs) {
            jobs.put(job.id, job);
            while (jobs.size() > KEPT_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
            if (runner == null) {
                runner = Executors.newSingleThreadExecutor(r -> {
                    Thread thread = new Thread(r, "what-if-simulation");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            runner.submit(() -> run(job, current, whatIf, command.seeds()));
        }
        return job.view();
    }

    @Override
    public SimulationJob showSimulationJob(Actor actor, UUID jobId) {
        actor.require(Permission.RUN_SIMULATIONS);
        synchronized (jobs) {
            Job job = jobs.get(checkNotNull(jobId, "jobId"));
            if (job == null || !job.owner.equals(actor.accountId().value())) {
                throw DomainException.notFound("simulation.not-found", "There is no simulation %s (it may have "
                        + "been one of more than %d; start it again).", jobId, KEPT_JOBS);
            }
            return job.view();
        }
    }

    private void run(Job job, Scenario current, Scenario whatIf, int seeds) {
        try {
            MonteCarlo.Comparison comparison = MonteCarlo.compare(simulator.get(), current, whatIf, seeds, 1,
                    (done, total) -> {
                        synchronized (jobs) {
                            job.done = done;
                        }
                    });
            SimulationJob.WhatIfOutcome outcome = outcome(comparison, job.keyPersons);
            synchronized (jobs) {
                job.outcome = outcome;
                job.status = SimulationJob.Status.DONE;
            }
        } catch (RuntimeException e) {
            synchronized (jobs) {
                job.problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                job.status = SimulationJob.Status.FAILED;
            }
        }
    }

    private SimulationJob.WhatIfOutcome outcome(MonteCarlo.Comparison comparison, Map<String, Integer> keyPersons) {
        List<SimulationJob.Figure> city = CITY_FIGURES.stream().map(m -> figure(comparison, m)).toList();
        List<SimulationJob.WijkFigures> wijken = new ArrayList<>();
        for (District d : districts.get()) {
            String w = "wijk." + d.code().value() + ".";
            wijken.add(new SimulationJob.WijkFigures(d.code().value(), d.name(),
                    figure(comparison, w + "meanActiveKeyPersons"), figure(comparison, w + "episodes"),
                    share(comparison, w), figure(comparison, w + "meanDaysUnseen")));
        }
        return new SimulationJob.WhatIfOutcome(city, wijken, keyPersons);
    }

    private static SimulationJob.Figure figure(MonteCarlo.Comparison comparison, String metric) {
        MonteCarlo.Difference d = comparison.difference(metric);
        return new SimulationJob.Figure(metric, d.baseline().mean(), d.baseline().sd(), d.alternative().mean(),
                d.alternative().sd());
    }

    /** The share of flare-ups detected in a wijk, per seed, then averaged. */
    private static SimulationJob.Figure share(MonteCarlo.Comparison comparison, String prefix) {
        MonteCarlo.Statistic current = shareOf(comparison.baseline(), prefix);
        MonteCarlo.Statistic whatIf = shareOf(comparison.alternative(), prefix);
        return new SimulationJob.Figure(prefix + "detectedShare", current.mean(), current.sd(), whatIf.mean(),
                whatIf.sd());
    }

    private static MonteCarlo.Statistic shareOf(MonteCarlo.Series series, String prefix) {
        List<Double> shares = series.summaries().stream().map(s -> {
            Map<String, Double> m = s.metrics();
            double episodes = m.get(prefix + "episodes");
            return episodes == 0 ? Double.NaN : m.get(prefix + "detected") / episodes;
        }).toList();
        return MonteCarlo.Statistic.of(prefix + "detectedShare", shares);
    }

    /** Each key person of the coverage (anonymous stand-ins are fine) with the buurten and themes they reach. */
    static List<Scenario.Member> members(Coverage coverage) {
        Map<MemberRef, TreeSet<String>> buurten = new TreeMap<>();
        Map<MemberRef, TreeSet<String>> themes = new TreeMap<>();
        for (Coverage.Cell cell : coverage.cells()) {
            for (MemberRef ref : cell.keyPersons()) {
                buurten.computeIfAbsent(ref, r -> new TreeSet<>()).add(cell.buurt().value());
                themes.computeIfAbsent(ref, r -> new TreeSet<>()).add(cell.theme().value());
            }
        }
        List<Scenario.Member> members = new ArrayList<>();
        buurten.forEach((ref, own) -> members.add(new Scenario.Member(List.copyOf(own), List.copyOf(themes.get(ref)))));
        return members;
    }

    private static final class Job {
        final UUID id;
        final UUID owner;
        final Instant startedAt;
        final WhatIfSimulationCommand command;
        final LocalDate from;
        final LocalDate to;
        final int total;
        final Map<String, Integer> keyPersons;
        SimulationJob.Status status = SimulationJob.Status.RUNNING;
        int done;
        SimulationJob.WhatIfOutcome outcome;
        String problem;

        Job(UUID id, UUID owner, Instant startedAt, WhatIfSimulationCommand command, LocalDate from, LocalDate to,
                int total, Map<String, Integer> keyPersons) {
            this.id = id;
            this.owner = owner;
            this.startedAt = startedAt;
            this.command = command;
            this.from = from;
            this.to = to;
            this.total = total;
            this.keyPersons = keyPersons;
        }

        SimulationJob view() {
            return new SimulationJob(id, status, done, total, startedAt, command.changes(), command.seeds(), from,
                    to, Optional.ofNullable(outcome), Optional.ofNullable(problem));
        }
    }
}
