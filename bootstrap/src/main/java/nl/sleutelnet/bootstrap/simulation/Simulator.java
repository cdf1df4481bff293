package nl.sleutelnet.bootstrap.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sleutelnet.adapters.persistence.memory.MemoryPersistence;
import nl.sleutelnet.adapters.persistence.reference.MaastrichtRegister;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityCommand;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementCommand;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementUseCase;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.InterventionDetails;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.ShowInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.StartInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.StartInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.WithdrawCommand;
import nl.sleutelnet.application.port.in.intervention.WithdrawUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.application.port.in.poll.AnswerPollCommand;
import nl.sleutelnet.application.port.in.poll.AnswerPollUseCase;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundCommand;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.PollHousekeepingUseCase;
import nl.sleutelnet.application.port.in.signal.AddSightingUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.OverdueCheck;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ShowSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SightingCommand;
import nl.sleutelnet.application.port.in.temperature.ListAlertsUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureMapUseCase;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapQuery;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapReport;
import nl.sleutelnet.application.port.in.theme.ListThemesUseCase;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.bootstrap.CoreSettings;
import nl.sleutelnet.bootstrap.Sleutelnet;
import nl.sleutelnet.bootstrap.support.BCryptPasswordHasher;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionStatus;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.intervention.WithdrawalDecision;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalStatus;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.temperature.TemperatureReading;

/**
 * Runs a {@link Scenario} through the real core: a fresh in-memory Sleutelnet per run on a {@link SimulationClock}
 * that the simulator moves day by day. The simulator plays the world (incidents in a buurt × theme that excite
 * further incidents, external shocks, interventions that cool), the people (key persons who notice incidents and
 * report them, answer polls; staff who assess, decide and review), and nothing else: the temperature, the alerts,
 * the deadlines, the withdrawal rule and every other rule are the core's, through its use cases.
 *
 * <p>A day: 07:00 key persons join and leave, 08:00 the poll housekeeping, the day's incidents, 10:00 the reports that
 * are due, 12:00 poll answers, 16:00 the temperature map, 16:05 assessments and decisions, 16:30 (on review days) the
 * interventions are reviewed. All in the municipality's time zone.
 *
 * <p>Deterministic: every random draw comes from the scenario's seed, in an order that does not depend on hashing,
 * threads or the machine's clock. A simulator may run several scenarios at once on different threads.
 */
public final class Simulator {

    private static final Pattern POLL_LINK = Pattern.compile("/peiling/([A-Za-z0-9_-]+)");

    private final MaastrichtRegister register;
    private final CoreSettings settings;

    /** A simulator on Maastricht's register and the core's default settings. */
    public Simulator() {
        this(MaastrichtRegister.load(), CoreSettings.defaults());
    }

    /** @param settings the core's settings for every run (thresholds, deadlines, polls): the rules being tested */
    public Simulator(MaastrichtRegister register, CoreSettings settings) {
        this.register = checkNotNull(register, "register");
        this.settings = checkNotNull(settings, "settings");
    }

    /** Hears about the progress of a run: after each simulated day. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total) -> { };

        void day(int done, int total);
    }

    public SimulationResult run(Scenario scenario) {
        return run(scenario, Progress.NONE);
    }

    public SimulationResult run(Scenario scenario, Progress progress) {
        return new Run(checkNotNull(scenario, "scenario"), checkNotNull(progress, "progress")).execute();
    }

    /** One run's state; used once. */
    private final class Run {

        private final Scenario scenario;
        private final Progress progress;
        private final ZoneId zone = settings.network().zone();
        private final SimulationClock clock;
        private final Sleutelnet core;
        private final SyntheticCity city;
        private final int cells;
        private final int themeCount;
        private final long seed;

        // the people
        private Actor coordinator;
        private final List<Staff> staff = new ArrayList<>();
        private final Staff[] staffOfWijk;
        private final UUID[] keyPersonId;
        private final KeyPerson[] keyPersons;
        private final boolean[] active;
        private final Map<String, Integer> keyPersonByEmail = new HashMap<>();
        private final List<List<Integer>> tiedTo = new ArrayList<>();
        private final Map<Integer, List<int[]>> tiesFrom = new HashMap<>();
        private final int[] wijkOfPerson;

        // the world
        /** Per shock, in the scenario's order: whether it reaches wijk × theme {@code w * themes + th}. */
        private final boolean[][] shockReaches;
        private final double[] base;
        private final double[] excitation;
        private final double[] tension;
        private final double[] cooling;
        private final SplittableRandom[] cellRandom;
        private final int[] openEpisode;
        private final List<MutableEpisode> episodes = new ArrayList<>();
        private final int[] incidentCounter;
        private final PriorityQueue<Report> reports = new PriorityQueue<>();
        private long reportSequence;

        // the municipality's work as the simulator keeps track of it (what the use cases answered)
        private final OpenSignal[] openSignalOfCell;
        private final Map<UUID, Signal> signals = new HashMap<>();
        private final Map<UUID, Integer> cellOfSignal = new HashMap<>();
        /** How many of {@link #signals} are RECEIVED or ASSESSED, kept by {@link #keep}. */
        private int openSignals;
        private final List<SimIntervention> interventions = new ArrayList<>();
        private final Map<Integer, Answer> pendingByPerson = new HashMap<>();
        private final PriorityQueue<Answer> answers = new PriorityQueue<>();
        private final SplittableRandom pollRandom;
        private final List<Notifier.Message> outbox = new ArrayList<>();

        // what is measured
        private final List<SimulationResult.Day> days = new ArrayList<>();
        private final float[][] scores;
        private final byte[][] levels;
        private int incidentsTotal;
        private int signalsTotal;
        private int sightingsTotal;
        private int assessments;
        private long assessmentDaysTotal;
        private int overdue;
        private int maxBacklog;
        private int escalations;
        private int pollAnswers;
        private final double[] activeKeyPersonDaysByWijk;

        Run(Scenario scenario, Progress progress) {
            this.scenario = scenario;
            this.progress = progress;
            this.seed = scenario.seed();
            this.clock = new SimulationClock(at(scenario.start(), LocalTime.of(6, 0)));
            this.core = Sleutelnet.builder()
                    .clock(clock)
                    .persistence(MemoryPersistence.of(register))
                    .notifier(outbox::add)
                    .ids(Seeds.ids(seed))
                    .secrets(Seeds.secrets(seed))
                    .passwordHasher(new BCryptPasswordHasher(4))
                    .settings(settings)
                    .audit(false)
                    .build();
            this.city = new SyntheticCity(scenario, register.districts(), register.neighbourhoods(),
                    core.useCase(ListThemesUseCase.class).listThemes(Actor.system(), false));
            this.cells = city.cells();
            this.themeCount = city.themes.size();
            int people = city.roster.size();
            keyPersonId = new UUID[people];
            keyPersons = new KeyPerson[people];
            active = new boolean[people];
            for (int i = 0; i < people; i++) {
                tiedTo.add(new ArrayList<>());
            }
            wijkOfPerson = new int[people];
            for (SyntheticCity.Roster r : city.roster) {
                wijkOfPerson[r.index()] = city.wijken.indexOf(r.wijk());
            }
            for (int[] tie : city.ties) {
                tiedTo.get(tie[0]).add(tie[1]);
                tiedTo.get(tie[1]).add(tie[0]);
                // the day both have joined, in the order of the ties
                int since = Math.max(city.roster.get(tie[0]).joinDay(), city.roster.get(tie[1]).joinDay());
                tiesFrom.computeIfAbsent(since, d -> new ArrayList<>()).add(tie);
            }
            staffOfWijk = new Staff[city.wijken.size()];
            shockReaches = new boolean[scenario.shocks().size()][city.wijken.size() * themeCount];
            for (int k = 0; k < scenario.shocks().size(); k++) {
                Scenario.Shock s = scenario.shocks().get(k);
                for (int w = 0; w < city.wijken.size(); w++) {
                    for (int th = 0; th < themeCount; th++) {
                        shockReaches[k][w * themeCount + th] = (s.themes().isEmpty()
                                || s.themes().contains(city.themes.get(th)))
                                && (s.wijken().isEmpty() || s.wijken().contains(city.wijken.get(w)));
                    }
                }
            }
            base = new double[cells];
            excitation = new double[cells];
            tension = new double[cells];
            cooling = new double[cells];
            cellRandom = new SplittableRandom[cells];
            openEpisode = new int[cells];
            incidentCounter = new int[cells];
            openSignalOfCell = new OpenSignal[cells];
            java.util.Arrays.fill(openEpisode, -1);
            Scenario.Tension t = scenario.tension();
            double buurtTotal = SyntheticCity.sum(city.buurtWeight);
            double themeTotal = SyntheticCity.sum(city.themeWeight);
            for (int b = 0; b < city.buurten.size(); b++) {
                for (int th = 0; th < themeCount; th++) {
                    int c = city.cell(b, th);
                    base[c] = themeTotal == 0 ? 0 : t.incidentsPerYear() / 365.0 * (city.buurtWeight[b] / buurtTotal)
                            * (city.themeWeight[th] / themeTotal) * (1 - t.selfExcitation());
                    cellRandom[c] = new SplittableRandom(Seeds.mix(seed, 0xCE11L, c));
                }
            }
            pollRandom = new SplittableRandom(Seeds.mix(seed, 0x9011L));
            scores = new float[scenario.days()][];
            levels = new byte[scenario.days()][];
            activeKeyPersonDaysByWijk = new double[city.wijken.size()];
        }

        SimulationResult execute() {
            createStaff();
            int total = scenario.days();
            for (int day = 0; day < total; day++) {
                simulate(day);
                progress.day(day + 1, total);
            }
            return result();
        }

        // ---- set-up

        private void createStaff() {
            CreateAccountUseCase accounts = core.useCase(CreateAccountUseCase.class);
            coordinator = accounts.createAccount(Actor.system(), new CreateAccountCommand("regisseur",
                    "Regisseur (gesimuleerd)", List.of("COORDINATOR"), List.of(), "simulatie regisseur wachtwoord",
                    "regisseur@simulatie.example")).asActor();
            Staff lead = new Staff(coordinator, "regisseur");
            staff.add(lead);
            int professionals = scenario.network().professionals();
            for (int p = 0; p < professionals && p < city.wijken.size(); p++) {
                List<String> buurten = new ArrayList<>();
                List<Integer> ownWijken = new ArrayList<>();
                for (int w = p; w < city.wijken.size(); w += Math.min(professionals, city.wijken.size())) {
                    ownWijken.add(w);
                }
                for (int b = 0; b < city.buurten.size(); b++) {
                    if (ownWijken.contains(city.wijkOfBuurt[b])) {
                        buurten.add(city.buurten.get(b).code().value());
                    }
                }
                Actor actor = accounts.createAccount(Actor.system(), new CreateAccountCommand("professional" + (p + 1),
                        "Professional " + (p + 1) + " (gesimuleerd)", List.of("PROFESSIONAL"), buurten,
                        "simulatie professional wachtwoord", null)).asActor();
                Staff professional = new Staff(actor, "professional" + (p + 1));
                staff.add(professional);
                ownWijken.forEach(w -> staffOfWijk[w] = professional);
            }
            for (int w = 0; w < staffOfWijk.length; w++) {
                if (staffOfWijk[w] == null) {
                    staffOfWijk[w] = lead;
                }
            }
        }

        /** Recurring poll rounds over every buurt and theme, as a coordinator would open them. */
        private void openPolls() {
            int every = scenario.policy().pollEveryDays();
            if (every == 0) {
                return;
            }
            core.useCase(OpenPollRoundUseCase.class).openPollRound(coordinator, new OpenPollRoundCommand(
                    city.buurten.stream().map(b -> b.code().value()).toList(), city.themes, null, null,
                    every <= 10 ? "WEEKLY" : "MONTHLY", "periodieke peiling (simulatie)"));
        }

        // ---- one day

        private void simulate(int day) {
            LocalDate date = scenario.start().plusDays(day);
            clock.set(at(date, LocalTime.of(7, 0)));
            int keyPersonsToday = network(day, date);
            if (day == 0) {
                clock.set(at(date, LocalTime.of(7, 30)));
                openPolls();
            }
            if (scenario.policy().pollEveryDays() > 0) {
                clock.set(at(date, LocalTime.of(8, 0)));
                core.useCase(PollHousekeepingUseCase.class).pollHousekeeping();
            }
            readMail(day);
            int incidents = world(day, date);
            clock.set(at(date, LocalTime.of(10, 0)));
            int[] reported = deliverReports(day, date);
            clock.set(at(date, LocalTime.of(12, 0)));
            answerPolls(day);
            clock.set(at(date, LocalTime.of(16, 0)));
            TemperatureMapReport map = core.useCase(ShowTemperatureMapUseCase.class)
                    .showTemperatureMap(coordinator, TemperatureMapQuery.allThemes());
            int[] counts = record(day, map);
            clock.set(at(date, LocalTime.of(16, 5)));
            assess(day, date);
            if (day > 0 && day % scenario.policy().reviewEveryDays() == 0) {
                clock.set(at(date, LocalTime.of(16, 30)));
                review(day, date);
            }
            updateCooling(day);
            int open = openSignals;
            int backlog = staff.stream().mapToInt(s -> s.queue.size()).sum();
            maxBacklog = Math.max(maxBacklog, backlog);
            int running = (int) interventions.stream().filter(SimIntervention::involved).count();
            days.add(new SimulationResult.Day(date, keyPersonsToday, incidents, reported[0], reported[1], open,
                    backlog, running, counts[0], counts[1], counts[2], counts[3] / 1000.0));
        }

        /** Key persons join (registered, consent recorded, activated), leave (departed) and tie. */
        private int network(int day, LocalDate date) {
            int count = 0;
            for (SyntheticCity.Roster r : city.roster) {
                if (r.removedByWhatIf()) {
                    continue;
                }
                if (r.joinDay() == day) {
                    join(r, date);
                } else if (r.leaveDay() == day && active[r.index()]) {
                    leave(r);
                }
                if (active[r.index()]) {
                    count++;
                    activeKeyPersonDaysByWijk[wijkOfPerson[r.index()]]++;
                }
            }
            for (int[] tie : tiesFrom.getOrDefault(day, List.of())) {
                int a = tie[0];
                int b = tie[1];
                if (active[a] && active[b]) {
                    core.useCase(ConnectMembersUseCase.class).connect(coordinator, new TieCommand(null, "KEY_PERSON",
                            keyPersonId[a], "KEY_PERSON", keyPersonId[b], "KNOWS", 3, date, date, 0));
                }
            }
            return count;
        }

        private void join(SyntheticCity.Roster r, LocalDate date) {
            String email = "sleutelpersoon" + (r.index() + 1) + "@simulatie.example";
            KeyPerson candidate = core.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                    new RegisterKeyPersonCommand("Sleutelpersoon " + (r.index() + 1), email, null, r.buurten(),
                            List.of(r.reach()), r.themes(), List.of("nl"), null, null, null, null, null, null));
            List<String> purposes = r.pollConsent() ? List.of("NETWORK_CONTACT", "SIGNALS", "POLLS", "INTERVENTIONS")
                    : List.of("NETWORK_CONTACT", "SIGNALS", "INTERVENTIONS");
            KeyPerson withBasis = core.useCase(RecordLegalBasisUseCase.class).recordLegalBasis(coordinator,
                    candidate.id().value(), new LegalBasisInput("CONSENT", date, purposes, "kennismakingsgesprek",
                            null), candidate.version());
            keyPersons[r.index()] = core.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                    new ChangeStatusCommand(withBasis.id().value(), "ACTIVE", "Kennismaking", withBasis.version()));
            keyPersonId[r.index()] = candidate.id().value();
            keyPersonByEmail.put(email, r.index());
            active[r.index()] = true;
        }

        private void leave(SyntheticCity.Roster r) {
            KeyPerson person = keyPersons[r.index()];
            keyPersons[r.index()] = core.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                    new ChangeStatusCommand(person.id().value(), "DEPARTED", "Gestopt (simulatie)",
                            person.version()));
            active[r.index()] = false;
        }

        // ---- the world

        private int world(int day, LocalDate date) {
            Scenario.Tension t = scenario.tension();
            double excitationDecay = Math.exp(-1.0 / t.excitationDays());
            double alpha = t.selfExcitation() / t.excitationDays();
            double fade = Math.pow(0.5, 1.0 / t.fadeHalfLifeDays());
            int total = 0;
            double[] shocks = shocks(date);
            for (int b = 0; b < city.buurten.size(); b++) {
                int w = city.wijkOfBuurt[b];
                for (int th = 0; th < themeCount; th++) {
                    int c = city.cell(b, th);
                    double rate = (base[c] * shocks[w * themeCount + th] + excitation[c]) * (1 - cooling[c]);
                    SplittableRandom random = cellRandom[c];
                    int n = poisson(rate, random.nextDouble());
                    excitation[c] = excitation[c] * excitationDecay * (1 - 0.2 * cooling[c]) + alpha * n;
                    tension[c] *= fade;
                    for (int k = 0; k < n; k++) {
                        int severity = severity(random.nextDouble());
                        tension[c] += severity;
                        notice(day, b, th, c, severity, incidentCounter[c]++);
                    }
                    total += n;
                    episode(day, date, b, th, c);
                }
            }
            incidentsTotal += total;
            return total;
        }

        /**
         * The factor of the shocks on the base rate, per wijk × theme ({@code w * themes + th}): the same for every
         * buurt. 1 plus what each shock under way adds, in the scenario's order; each shock's share worked out once.
         */
        private double[] shocks(LocalDate date) {
            double[] factors = new double[city.wijken.size() * themeCount];
            java.util.Arrays.fill(factors, 1);
            for (int k = 0; k < scenario.shocks().size(); k++) {
                Scenario.Shock s = scenario.shocks().get(k);
                if (date.isBefore(s.date())) {
                    continue;
                }
                long since = ChronoUnit.DAYS.between(s.date(), date);
                double share = s.strength() * Math.exp(-since / s.days());
                boolean[] reaches = shockReaches[k];
                for (int at = 0; at < factors.length; at++) {
                    if (reaches[at]) {
                        factors[at] += share;
                    }
                }
            }
            return factors;
        }

        private void episode(int day, LocalDate date, int b, int th, int c) {
            double threshold = scenario.tension().episodeThreshold();
            if (openEpisode[c] < 0 && tension[c] >= threshold) {
                openEpisode[c] = episodes.size();
                episodes.add(new MutableEpisode(b, th, date, tension[c]));
            } else if (openEpisode[c] >= 0) {
                MutableEpisode e = episodes.get(openEpisode[c]);
                if (tension[c] < threshold) {
                    e.end = date.minusDays(1);
                    openEpisode[c] = -1;
                } else {
                    e.peak = Math.max(e.peak, tension[c]);
                }
            }
        }

        /** Who notices the incident, and when they report it: each draw from the incident's own stream. */
        private void notice(int day, int b, int th, int c, int severity, int number) {
            Scenario.Detection d = scenario.detection();
            SplittableRandom incident = new SplittableRandom(Seeds.mix(seed, 0x1C1DL, c, number));
            double othersChance = Math.min(0.95, d.othersNotice() * severity / 3.0);
            boolean othersNotice = incident.nextDouble() < othersChance;
            int othersDelay = delay(incident.nextDouble(), d.othersDelayDays());
            if (othersNotice) {
                schedule(day + othersDelay, day, c, severity, -1);
            }
            String buurt = city.buurten.get(b).code().value();
            String theme = city.themes.get(th);
            boolean[] covering = new boolean[city.roster.size()];
            for (SyntheticCity.Roster r : city.roster) {
                covering[r.index()] = active[r.index()] && r.buurten().contains(buurt) && r.themes().contains(theme);
            }
            for (SyntheticCity.Roster r : city.roster) {
                int i = r.index();
                if (!active[i]) {
                    continue;
                }
                double chance = 0;
                if (covering[i]) {
                    chance = d.keyPersonNotices();
                } else if (r.buurten().contains(buurt) || anyCovering(tiedTo.get(i), covering)) {
                    chance = d.neighbourNotices();
                }
                if (chance == 0) {
                    continue;
                }
                SplittableRandom own = new SplittableRandom(Seeds.mix(seed, 0x1C1DL, c, number, i + 1));
                if (own.nextDouble() < chance) {
                    schedule(day + delay(own.nextDouble(), d.keyPersonDelayDays()), day, c, severity, i);
                }
            }
        }

        private static boolean anyCovering(List<Integer> people, boolean[] covering) {
            for (int j : people) {
                if (covering[j]) {
                    return true;
                }
            }
            return false;
        }

        private void schedule(int reportDay, int incidentDay, int c, int severity, int reporter) {
            if (reportDay < scenario.days()) {
                reports.add(new Report(reportDay, reportSequence++, incidentDay, c, severity, reporter));
            }
        }

        // ---- reports: signals and sightings through the core

        private int[] deliverReports(int day, LocalDate date) {
            int newSignals = 0;
            int newSightings = 0;
            int minute = 0;
            while (!reports.isEmpty() && reports.peek().day() == day) {
                Report report = reports.poll();
                clock.set(at(date, LocalTime.of(10, 0).plusSeconds(Math.min(minute++, 7000))));
                int c = report.cell();
                if (report.reporter() >= 0 && !active[report.reporter()]) {
                    continue;
                }
                Instant observed = at(scenario.start().plusDays(report.incidentDay()), LocalTime.of(9, 0));
                if (observed.isAfter(clock.instant())) {
                    observed = clock.instant();
                }
                OpenSignal open = openSignalOfCell[c];
                Signal current = open == null ? null : signals.get(open.id());
                boolean stillOpen = current != null && current.status() != SignalStatus.CLOSED
                        && day - open.receivedDay() <= 28;
                Staff handler = staffOfWijk[city.wijkOfBuurt[c / themeCount]];
                if (stillOpen) {
                    // the same tension heard again: a sighting (from the same source, it adds no confidence)
                    Signal seen = core.useCase(AddSightingUseCase.class).addSighting(handler.actor,
                            new SightingCommand(current.id().value(), reporterKind(report), reporterId(report),
                                    openSource(report), howObtained(report), observed, null));
                    keep(seen);
                    newSightings++;
                } else {
                    int b = c / themeCount;
                    int th = c % themeCount;
                    Signal signal = core.useCase(ReportSignalUseCase.class).reportSignal(handler.actor,
                            new ReportSignalCommand(reporterKind(report), reporterId(report), openSource(report),
                                    howObtained(report), List.of(city.buurten.get(b).code().value()),
                                    List.of(city.themes.get(th)), report.severity(),
                                    "Gesimuleerd signaal: spanning op dit thema in de buurt.", observed, null));
                    keep(signal);
                    cellOfSignal.put(signal.id().value(), c);
                    openSignalOfCell[c] = new OpenSignal(signal.id().value(), day);
                    handler.queue.add(new Pending(signal.id().value(), day));
                    newSignals++;
                }
                detected(c, date);
            }
            signalsTotal += newSignals;
            sightingsTotal += newSightings;
            return new int[] {newSignals, newSightings};
        }

        /** The simulator's copy of a signal as the core answered it. */
        private void keep(Signal signal) {
            Signal before = signals.put(signal.id().value(), signal);
            openSignals += (open(signal) ? 1 : 0) - (before != null && open(before) ? 1 : 0);
        }

        private static boolean open(Signal s) {
            return s.status() == SignalStatus.RECEIVED || s.status() == SignalStatus.ASSESSED;
        }

        private String reporterKind(Report report) {
            return report.reporter() < 0 ? "OPEN_SOURCE" : "KEY_PERSON";
        }

        private UUID reporterId(Report report) {
            return report.reporter() < 0 ? null : keyPersonId[report.reporter()];
        }

        private String openSource(Report report) {
            return report.reporter() < 0 ? "Bewoners, partners of media (gesimuleerd)" : null;
        }

        private String howObtained(Report report) {
            return report.reporter() < 0 ? "REPORT" : "CONVERSATION";
        }

        private void detected(int c, LocalDate date) {
            if (openEpisode[c] >= 0) {
                MutableEpisode e = episodes.get(openEpisode[c]);
                if (e.detected == null) {
                    e.detected = date;
                }
            }
        }

        // ---- polls: the personal links arrive by mail; some key persons answer

        private void readMail(int day) {
            for (Notifier.Message message : outbox) {
                Integer person = keyPersonByEmail.get(message.to());
                Matcher link = POLL_LINK.matcher(message.body());
                if (person == null || !link.find()) {
                    continue;
                }
                Answer pending = pendingByPerson.get(person);
                if (pending != null) {
                    // a reminder: the earlier link no longer works, the answer will use the new one
                    answers.remove(pending);
                    Answer renewed = new Answer(pending.day(), pending.sequence(), person, link.group(1));
                    answers.add(renewed);
                    pendingByPerson.put(person, renewed);
                } else if (pollRandom.nextDouble() < scenario.policy().pollResponse()) {
                    Answer planned = new Answer(day + pollRandom.nextInt(6), reportSequence++, person,
                            link.group(1));
                    answers.add(planned);
                    pendingByPerson.put(person, planned);
                }
            }
            outbox.clear();
        }

        private void answerPolls(int day) {
            while (!answers.isEmpty() && answers.peek().day() <= day) {
                Answer answer = answers.poll();
                pendingByPerson.remove(answer.person());
                SyntheticCity.Roster r = city.roster.get(answer.person());
                if (!active[r.index()]) {
                    continue;
                }
                Map<String, Integer> ratings = new LinkedHashMap<>();
                for (String theme : r.themes()) {
                    double felt = 0;
                    for (String buurt : r.buurten()) {
                        felt = Math.max(felt, tension[city.cell(city.buurtIndex(buurt), city.themeIndex(theme))]);
                    }
                    long rating = Math.round(10 - 1.5 * felt + pollRandom.nextGaussian());
                    ratings.put(theme, (int) Math.max(1, Math.min(10, rating)));
                }
                try {
                    core.useCase(AnswerPollUseCase.class).answerPoll(new AnswerPollCommand(answer.token(), ratings,
                            null));
                    pollAnswers++;
                } catch (DomainException e) {
                    // the round closed, or a newer link was sent: the answer is simply not given
                }
            }
        }

        // ---- the temperature the core computed

        private int[] record(int day, TemperatureMapReport map) {
            List<TemperatureReading> figures = map.figures();
            if (figures.size() != cells) {
                throw new IllegalStateException("the map has " + figures.size() + " cells, the city " + cells);
            }
            float[] dayScores = new float[cells];
            byte[] dayLevels = new byte[cells];
            int tense = 0;
            int heated = 0;
            int escalating = 0;
            double max = 0;
            for (int c = 0; c < cells; c++) {
                TemperatureReading f = figures.get(c);
                if (day == 0 && (!f.buurt().equals(city.buurten.get(c / themeCount).code())
                        || !f.theme().value().equals(city.themes.get(c % themeCount)))) {
                    throw new IllegalStateException("the map's order differs from the city's at " + f.buurt());
                }
                dayScores[c] = (float) f.score();
                dayLevels[c] = (byte) f.level().ordinal();
                tense += f.level().ordinal() >= Level.TENSE.ordinal() ? 1 : 0;
                heated += f.level().ordinal() >= Level.HEATED.ordinal() ? 1 : 0;
                escalating += f.level() == Level.ESCALATING ? 1 : 0;
                max = Math.max(max, f.score());
            }
            scores[day] = dayScores;
            levels[day] = dayLevels;
            return new int[] {tense, heated, escalating, (int) Math.round(max * 1000)};
        }

        // ---- duiden en handelen

        private void assess(int day, LocalDate date) {
            Level interveneAt = Level.valueOf(scenario.policy().interveneAt());
            for (Staff member : staff) {
                int done = 0;
                while (!member.queue.isEmpty() && done < scenario.policy().assessmentsPerDay()
                        && day - member.queue.peek().receivedDay() >= scenario.policy().assessmentDays()) {
                    Pending pending = member.queue.poll();
                    Signal signal = signals.get(pending.signalId());
                    if (signal.status() != SignalStatus.RECEIVED) {
                        continue;
                    }
                    if (core.useCase(OverdueCheck.class).isOverdue(signal)) {
                        overdue++;
                    }
                    String reliability = signal.content().reporter().kind().name().equals("OPEN_SOURCE") ? "LOW"
                            : signal.independentSources() > 1 ? "HIGH" : "MEDIUM";
                    Signal assessed = core.useCase(HandleSignalUseCase.class).handleSignal(member.actor,
                            new HandleSignalCommand(signal.id().value(), "ASSESS", reliability,
                                    "Beoordeeld in het wekelijkse overleg (simulatie).", null, null,
                                    signal.version()));
                    keep(assessed);
                    assessments++;
                    assessmentDaysTotal += day - pending.receivedDay();
                    done++;
                    decide(assessed, day, date, interveneAt);
                }
            }
        }

        /** Act when the core's temperature of the buurt × theme is at the policy's level; otherwise no action. */
        private void decide(Signal signal, int day, LocalDate date, Level interveneAt) {
            int c = cellOfSignal.get(signal.id().value());
            Level level = Level.values()[levels[day][c]];
            SimIntervention running = interventions.stream().filter(i -> i.cell == c && i.involved()).findFirst()
                    .orElse(null);
            if (running != null) {
                Signal acted = core.useCase(HandleSignalUseCase.class).handleSignal(coordinator,
                        new HandleSignalCommand(signal.id().value(), "ACT", null, null, running.id(), null,
                                signal.version()));
                keep(acted);
                // the intervention's version moved with the link; the next review reads it again
                return;
            }
            if (level.isAbove(interveneAt) || level == interveneAt) {
                plan(signal, c, day, date, level);
                return;
            }
            Signal none = core.useCase(HandleSignalUseCase.class).handleSignal(coordinator, new HandleSignalCommand(
                    signal.id().value(), "NO_ACTION", null, "De temperatuur vraagt nu geen aanpak; we volgen het.",
                    null, null, signal.version()));
            keep(none);
        }

        private void plan(Signal signal, int c, int day, LocalDate date, Level level) {
            String buurt = city.buurten.get(c / themeCount).code().value();
            String theme = city.themes.get(c % themeCount);
            String type = level == Level.ESCALATING ? "REFERRAL_TO_SAFETY_PARTNERS"
                    : level == Level.HEATED ? "MEDIATION" : "DIALOGUE";
            Intervention planned = core.useCase(PlanInterventionUseCase.class).planIntervention(coordinator,
                    new PlanInterventionCommand("Aanpak " + city.buurten.get(c / themeCount).name() + " (simulatie)",
                            "De spanning in de buurt samen met bewoners laten zakken.", type, List.of(buurt),
                            List.of(theme), List.of(signal.id().value()), null, "LEAD"));
            Intervention assessed = core.useCase(AssessCapacityUseCase.class).assessCapacity(coordinator,
                    new AssessCapacityCommand(planned.id().value(), List.of("Wijkplatform"), "MEDIUM",
                            "De buurt kan veel zelf, met steun bij het eerste gesprek.", planned.version()));
            Intervention started = core.useCase(StartInterventionUseCase.class).startIntervention(coordinator,
                    new StartInterventionCommand(assessed.id().value(), scenario.policy().exitLevel(),
                            scenario.policy().exitDays(), assessed.version()));
            SimIntervention record = new SimIntervention(c, day, date, level.name());
            record.intervention = started;
            interventions.add(record);
            // the plan marked the signal ACTED; the simulator's copy follows
            keep(core.useCase(ShowSignalUseCase.class).showSignal(coordinator, signal.id().value()));
        }

        /** Op- en afschalen and withdrawal, by the core's withdrawal decision; closing after the withdrawal. */
        private void review(int day, LocalDate date) {
            for (SimIntervention i : interventions) {
                if (i.closed != null) {
                    continue;
                }
                if (!i.involved()) {
                    if (ChronoUnit.DAYS.between(i.withdrawn, date) >= scenario.policy().closeAfterDays()) {
                        close(i, date);
                    }
                    continue;
                }
                InterventionDetails details = core.useCase(ShowInterventionUseCase.class)
                        .showIntervention(coordinator, i.id());
                i.intervention = details.intervention();
                WithdrawalDecision decision = details.withdrawal();
                Involvement now = i.intervention.involvement();
                if (decision != null && decision.allowed()) {
                    if (now == Involvement.MONITOR) {
                        i.intervention = core.useCase(WithdrawUseCase.class).withdraw(coordinator,
                                new WithdrawCommand(i.id(), "De buurt draagt het zelf; de temperatuur is lang genoeg "
                                        + "rustig.", null, i.intervention.version()));
                        i.withdrawn = date;
                    } else {
                        Involvement lower = now == Involvement.LEAD ? Involvement.CONTRIBUTE : Involvement.MONITOR;
                        i.intervention = core.useCase(ChangeInvolvementUseCase.class).changeInvolvement(coordinator,
                                new ChangeInvolvementCommand(i.id(), lower.name(), "Afschalen: het is rustig.",
                                        i.intervention.version()));
                        i.stepsDown++;
                    }
                } else if (decision != null && decision.currentLevel() == Level.ESCALATING
                        && now != Involvement.LEAD) {
                    i.intervention = core.useCase(ChangeInvolvementUseCase.class).changeInvolvement(coordinator,
                            new ChangeInvolvementCommand(i.id(), "LEAD", "Opschalen: de spanning escaleert.",
                                    i.intervention.version()));
                    i.stepsUp++;
                    escalations++;
                }
            }
        }

        private void close(SimIntervention i, LocalDate date) {
            int c = i.cell;
            int today = (int) ChronoUnit.DAYS.between(scenario.start(), date);
            String outcome = levels[today][c] <= Level.valueOf(scenario.policy().exitLevel()).ordinal() ? "EFFECTIVE"
                    : "PARTLY";
            i.intervention = core.useCase(CloseInterventionUseCase.class).closeIntervention(coordinator,
                    new CloseInterventionCommand(i.id(), outcome, "Vroeg samen optrekken met de sleutelpersonen werkt.",
                            "Blijven peilen in de buurt.", i.intervention.version()));
            i.closed = date;
            i.outcome = outcome;
        }

        private void updateCooling(int day) {
            java.util.Arrays.fill(cooling, 0);
            double effect = scenario.interventions().cooling();
            for (SimIntervention i : interventions) {
                if (!i.involved() || day - i.plannedDay < scenario.interventions().delayDays()) {
                    continue;
                }
                double share = switch (i.intervention.involvement()) {
                    case LEAD -> 1.0;
                    case CONTRIBUTE -> 2.0 / 3;
                    case MONITOR -> 1.0 / 3;
                    case WITHDRAWN -> 0;
                };
                cooling[i.cell] = Math.max(cooling[i.cell], effect * share);
            }
        }

        // ---- the result

        private SimulationResult result() {
            LocalDate last = scenario.end();
            List<SimulationResult.Episode> finished = new ArrayList<>();
            for (MutableEpisode e : episodes) {
                finished.add(new SimulationResult.Episode(city.buurten.get(e.buurt).code().value(),
                        city.wijken.get(city.wijkOfBuurt[e.buurt]), city.themes.get(e.theme), e.start, e.end,
                        e.detected, e.peak));
            }
            List<SimulationResult.InterventionRecord> records = interventions.stream()
                    .map(i -> new SimulationResult.InterventionRecord(city.buurten.get(i.cell / themeCount).code()
                            .value(), city.themes.get(i.cell % themeCount), i.plannedDate, i.levelAtPlanning,
                            i.withdrawn, i.closed, i.outcome, i.stepsDown, i.stepsUp)).toList();
            double peak = 0;
            int peakCell = 0;
            int cellDaysTense = 0;
            int cellDaysHeated = 0;
            for (int d = 0; d < scores.length; d++) {
                for (int c = 0; c < cells; c++) {
                    if (scores[d][c] > peak) {
                        peak = scores[d][c];
                        peakCell = c;
                    }
                    cellDaysTense += levels[d][c] >= Level.TENSE.ordinal() ? 1 : 0;
                    cellDaysHeated += levels[d][c] >= Level.HEATED.ordinal() ? 1 : 0;
                }
            }
            Map<String, Summary.Wijk> byWijk = new LinkedHashMap<>();
            for (int w = 0; w < city.wijken.size(); w++) {
                String wijk = city.wijken.get(w);
                List<SimulationResult.Episode> here = finished.stream().filter(e -> e.wijk().equals(wijk)).toList();
                byWijk.put(wijk, new Summary.Wijk(here.size(),
                        (int) here.stream().filter(e -> e.detected() != null).count(), meanToDetection(here),
                        meanUnseen(here, last), activeKeyPersonDaysByWijk[w] / scores.length));
            }
            int withdrawals = (int) interventions.stream().filter(i -> i.withdrawn != null).count();
            int closed = (int) interventions.stream().filter(i -> i.closed != null).count();
            long alerts = core.useCase(ListAlertsUseCase.class).countOpenAlerts(coordinator);
            double weeks = scores.length / 7.0;
            int keyPersonsAtEnd = 0;
            for (boolean a : active) {
                keyPersonsAtEnd += a ? 1 : 0;
            }
            Summary summary = new Summary(incidentsTotal, signalsTotal, sightingsTotal, finished.size(),
                    (int) finished.stream().filter(e -> e.detected() != null).count(), meanToDetection(finished),
                    meanUnseen(finished, last), (int) alerts, interventions.size(), withdrawals, closed, escalations,
                    round(peak), city.buurten.get(peakCell / themeCount).code().value() + ":"
                            + city.themes.get(peakCell % themeCount),
                    cellDaysTense, cellDaysHeated, assessments == 0 ? Double.NaN
                            : round((double) assessmentDaysTotal / assessments), overdue, maxBacklog,
                    round(assessments / weeks / staff.size()), pollAnswers, keyPersonsAtEnd, byWijk);
            List<String> labels = new ArrayList<>(cells);
            for (int c = 0; c < cells; c++) {
                labels.add(city.buurten.get(c / themeCount).code().value() + ":" + city.themes.get(c % themeCount));
            }
            return new SimulationResult(scenario, labels, days, scores, levels, finished, records, summary);
        }

        private Instant at(LocalDate date, LocalTime time) {
            return date.atTime(time).atZone(zone).toInstant();
        }
    }

    private static double meanToDetection(List<SimulationResult.Episode> episodes) {
        return round(episodes.stream().filter(e -> e.detected() != null)
                .mapToLong(e -> ChronoUnit.DAYS.between(e.start(), e.detected())).average().orElse(Double.NaN));
    }

    private static double meanUnseen(List<SimulationResult.Episode> episodes, LocalDate last) {
        return round(episodes.stream().mapToLong(e -> e.daysUnseen(last)).average().orElse(Double.NaN));
    }

    static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 1000) / 1000.0;
    }

    /** The number of incidents on a day with expected {@code rate}, by inverting the Poisson distribution at u. */
    static int poisson(double rate, double u) {
        if (rate <= 0) {
            return 0;
        }
        double p = Math.exp(-rate);
        double cumulative = p;
        int n = 0;
        while (u > cumulative && n < 1000) {
            n++;
            p *= rate / n;
            cumulative += p;
        }
        return n;
    }

    /** Intensity 1 to 5: mostly light, sometimes serious (35, 30, 20, 10 and 5 in a hundred). */
    static int severity(double u) {
        if (u < 0.35) {
            return 1;
        }
        if (u < 0.65) {
            return 2;
        }
        if (u < 0.85) {
            return 3;
        }
        return u < 0.95 ? 4 : 5;
    }

    /** Whole days with the given mean, geometric: most reports come soon, some late. */
    static int delay(double u, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double p = 1 / (1 + mean);
        return (int) Math.floor(Math.log(1 - u) / Math.log(1 - p));
    }

    private static final class Staff {
        final Actor actor;
        final String name;
        final ArrayDeque<Pending> queue = new ArrayDeque<>();

        Staff(Actor actor, String name) {
            this.actor = actor;
            this.name = name;
        }
    }

    private record Pending(UUID signalId, int receivedDay) {
    }

    private record OpenSignal(UUID id, int receivedDay) {
    }

    private record Report(int day, long sequence, int incidentDay, int cell, int severity, int reporter)
            implements Comparable<Report> {

        @Override
        public int compareTo(Report other) {
            return day != other.day ? Integer.compare(day, other.day) : Long.compare(sequence, other.sequence);
        }
    }

    private record Answer(int day, long sequence, int person, String token) implements Comparable<Answer> {

        @Override
        public int compareTo(Answer other) {
            return day != other.day ? Integer.compare(day, other.day) : Long.compare(sequence, other.sequence);
        }
    }

    private static final class MutableEpisode {
        final int buurt;
        final int theme;
        final LocalDate start;
        LocalDate end;
        LocalDate detected;
        double peak;

        MutableEpisode(int buurt, int theme, LocalDate start, double peak) {
            this.buurt = buurt;
            this.theme = theme;
            this.start = start;
            this.peak = peak;
        }
    }

    private static final class SimIntervention {
        final int cell;
        final int plannedDay;
        final LocalDate plannedDate;
        final String levelAtPlanning;
        Intervention intervention;
        LocalDate withdrawn;
        LocalDate closed;
        String outcome;
        int stepsDown;
        int stepsUp;

        SimIntervention(int cell, int plannedDay, LocalDate plannedDate, String levelAtPlanning) {
            this.cell = cell;
            this.plannedDay = plannedDay;
            this.plannedDate = plannedDate;
            this.levelAtPlanning = levelAtPlanning;
        }

        UUID id() {
            return intervention.id().value();
        }

        boolean involved() {
            return closed == null && withdrawn == null && intervention.status() == InterventionStatus.ACTIVE;
        }
    }
}
