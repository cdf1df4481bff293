package nl.sleutelnet.bootstrap;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.sleutelnet.application.port.in.evaluation.CostCommand;
import nl.sleutelnet.application.port.in.evaluation.RecordCostUseCase;
import nl.sleutelnet.application.port.in.evaluation.ShowProgrammeUseCase;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityCommand;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementCommand;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementUseCase;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.StartInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.StartInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.WithdrawCommand;
import nl.sleutelnet.application.port.in.intervention.WithdrawUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.signal.Signal;

/**
 * The programme's years 2022–2026 replayed for the demo, so that the evaluation has history to show: key persons who
 * join, pause and leave, signals every month handled at varying speed, a few interventions a year that start, step
 * down, withdraw and close, and the programme's costs (the regisseur's salary and what interventions bought). Made
 * through the same use cases as real data, with the {@link DemoClock} standing at each replayed moment; seeded, so
 * every demo shows the same history. Stops a week before today; the current demo data follows at real time.
 */
final class DemoHistory {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final List<String> BUURTEN = List.of("BU09350302", "BU09350300", "BU09350301", "BU09350000",
            "BU09350006", "BU09350001", "BU09350207", "BU09350500", "BU09350402", "BU09350604");
    private static final List<String> THEMES = List.of("wij-zij", "overheidsmaatregelen", "complotdenken",
            "discriminatie", "religie", "rechtsextremisme", "milieu-klimaat");
    private static final List<String> NAMES = List.of("Fatima", "Henk", "Sevda", "Roel", "Mirjam", "Koen", "Naima",
            "Pieter", "Lotte", "Bram", "Esra", "Wim", "Chantal", "Tom", "Yara", "Guus", "Noor", "Luc", "Ineke",
            "Stef");
    private static final List<String> TYPES = List.of("DIALOGUE", "MEETING", "MEDIATION", "RESILIENCE_TRAINING",
            "COMMUNICATION");
    private static final List<String> OUTCOMES = List.of("EFFECTIVE", "PARTLY", "EFFECTIVE", "UNKNOWN",
            "NOT_EFFECTIVE");

    private final DemoNetwork.UseCases core;
    private final Actor coordinator;
    private final DemoClock clock;
    private final LocalDate until;
    private final Random random = new Random(2021_12_21L);
    private final List<KeyPerson> active = new ArrayList<>();
    private final List<Signal> waiting = new ArrayList<>();
    private final java.util.PriorityQueue<Event> queue = new java.util.PriorityQueue<>(
            java.util.Comparator.comparing(Event::at).thenComparingLong(Event::seq));
    private final Instant untilInstant;
    private long sequence;
    private int names;
    private int interventions;

    DemoHistory(DemoNetwork.UseCases core, Actor coordinator, DemoClock clock, LocalDate today) {
        this.core = core;
        this.coordinator = coordinator;
        this.clock = clock;
        this.until = today.minusDays(7);
        this.untilInstant = until.atStartOfDay(AMSTERDAM).toInstant();
    }

    void load() {
        try {
            for (int year = 2022; year <= until.getYear(); year++) {
                int y = year;
                schedule(LocalDate.of(year, 1, 2), 9, () -> recordCost(LocalDate.of(y, 1, 1),
                        LocalDate.of(y, 12, 31), new BigDecimal(44_000 + random.nextInt(3_000)),
                        "Salaris regisseur aanpak polarisatie " + y, null));
                for (int month = 1; month <= 12; month++) {
                    LocalDate first = LocalDate.of(year, month, 1);
                    if (random.nextInt(10) < 6) {
                        schedule(first.plusDays(random.nextInt(20)), 14, this::newKeyPerson);
                    }
                    if (random.nextInt(10) < 2) {
                        schedule(first.plusDays(22), 11, this::someoneLeaves);
                    }
                    int count = 2 + random.nextInt(2);
                    for (int i = 0; i < count; i++) {
                        schedule(first.plusDays(1 + random.nextInt(27)), 8 + random.nextInt(9), this::signal);
                    }
                    if (month % 3 == 2) {
                        LocalDate day = first.plusDays(21);
                        if (day.plusDays(70).isBefore(until)) {
                            schedule(day, 10, () -> intervention(day));
                        }
                    }
                }
            }
            while (!queue.isEmpty()) {
                Event next = queue.poll();
                clock.set(next.at());
                next.action().run();
            }
        } finally {
            clock.resume();
        }
    }

    private record Event(Instant at, long seq, Runnable action) {
    }

    private void schedule(LocalDate day, int hour, Runnable action) {
        schedule(day.atTime(hour, 0).atZone(AMSTERDAM).toInstant(), action);
    }

    private void schedule(Instant at, Runnable action) {
        if (at.isBefore(untilInstant)) {
            queue.add(new Event(at, sequence++, action));
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private void newKeyPerson() {
        if (names >= 60) {
            return;
        }
        String buurt = BUURTEN.get(random.nextInt(BUURTEN.size()));
        List<String> themes = List.of(THEMES.get(random.nextInt(THEMES.size())),
                THEMES.get(random.nextInt(THEMES.size()))).stream().distinct().toList();
        LocalDate today = LocalDate.ofInstant(now(), AMSTERDAM);
        KeyPerson registered = core.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(NAMES.get(names % NAMES.size()) + " " + (char) ('A' + names / 20)
                        + ". (demo)", null, null, List.of(buurt), List.of("buren en verenigingen in de buurt"),
                        themes, List.of("nl"), coordinator.accountId().value(), null,
                        new LegalBasisInput("CONSENT", today, List.of("NETWORK_CONTACT", "SIGNALS", "POLLS"),
                                "getekend toestemmingsformulier (demo)", null), null, null, null));
        names++;
        schedule(now().plus(Duration.ofDays(3)), () -> active.add(status(registered, "ACTIVE",
                "Kennismakingsgesprek")));
    }

    private void someoneLeaves() {
        if (active.size() > 6) {
            KeyPerson leaving = active.remove(random.nextInt(active.size()));
            status(leaving, "DEPARTED", random.nextBoolean() ? "Verhuisd" : "Stopt om persoonlijke redenen");
        }
    }

    /** A signal, assessed after hours or days; one in four consciously left, the others wait for an intervention. */
    private void signal() {
        String buurt = BUURTEN.get(random.nextInt(BUURTEN.size()));
        String theme = THEMES.get(random.nextInt(THEMES.size()));
        int intensity = 1 + random.nextInt(5);
        Signal reported = core.useCase(ReportSignalUseCase.class).reportSignal(coordinator, new ReportSignalCommand(
                null, null, null, "OWN_OBSERVATION", List.of(buurt), List.of(theme), intensity,
                "Spanning in de buurt rond " + theme + " (demo)", now().minus(Duration.ofHours(6)), null));
        Duration delay = Duration.ofHours(2 + random.nextInt(random.nextInt(10) < 8 ? 48 : 400));
        boolean leave = random.nextInt(4) == 0;
        String reliability = List.of("HIGH", "MEDIUM", "LOW").get(random.nextInt(3));
        schedule(now().plus(delay), () -> {
            Signal assessed = handle(reported, "ASSESS", reliability, "Besproken met de wijkagent en het welzijnswerk");
            if (leave) {
                schedule(now().plus(Duration.ofHours(3)), () -> {
                    Signal left = handle(assessed, "NO_ACTION", null, "Loopt via het reguliere overleg in de wijk");
                    schedule(now().plus(Duration.ofDays(2)), () -> handle(left, "CLOSE", null, ""));
                });
            } else {
                waiting.add(assessed);
            }
        });
    }

    private void intervention(LocalDate day) {
        if (waiting.isEmpty()) {
            return;
        }
        Signal signal = waiting.remove(waiting.size() - 1);
        String buurt = signal.content().neighbourhoods().iterator().next().value();
        String theme = signal.content().themes().iterator().next().value();
        Intervention planned = core.useCase(PlanInterventionUseCase.class).planIntervention(coordinator,
                new PlanInterventionCommand("Aanpak op maat " + (++interventions) + " (demo)",
                        "Spanning bespreekbaar maken met bewoners en partners", TYPES.get(interventions % TYPES.size()),
                        List.of(buurt), List.of(theme), List.of(signal.id().value()), null, "LEAD"));
        Intervention assessed = core.useCase(AssessCapacityUseCase.class).assessCapacity(coordinator,
                new AssessCapacityCommand(planned.id().value(), List.of("Bewonersoverleg"), "MEDIUM",
                        "De buurt draagt veel zelf; de gemeente verbindt.", planned.version()));
        String outcome = OUTCOMES.get(interventions % OUTCOMES.size());
        int euros = 300 + random.nextInt(1_200);
        schedule(now().plus(Duration.ofDays(2)), () -> {
            Intervention started = core.useCase(StartInterventionUseCase.class).startIntervention(coordinator,
                    new StartInterventionCommand(assessed.id().value(), "TENSE", 14, assessed.version()));
            recordCost(day.plusDays(2), day.plusDays(30), new BigDecimal(euros),
                    "Zaalhuur en begeleiding van bijeenkomsten", started.id().value());
            schedule(now().plus(Duration.ofDays(22)), () -> {
                Intervention monitoring = core.useCase(ChangeInvolvementUseCase.class).changeInvolvement(coordinator,
                        new ChangeInvolvementCommand(started.id().value(), "MONITOR", "Partners nemen het over",
                                started.version()));
                schedule(now().plus(Duration.ofDays(28)), () -> {
                    Intervention withdrawn = core.useCase(WithdrawUseCase.class).withdraw(coordinator,
                            new WithdrawCommand(monitoring.id().value(), "De buurt draagt het zelf",
                                    "Partners in de buurt volgen het en melden als het weer oploopt",
                                    monitoring.version()));
                    schedule(now().plus(Duration.ofDays(14)), () -> core.useCase(CloseInterventionUseCase.class)
                            .closeIntervention(coordinator, new CloseInterventionCommand(withdrawn.id().value(),
                                    outcome, "Vroeg de partners betrekken werkt", "Over drie maanden opnieuw peilen",
                                    withdrawn.version())));
                });
            });
        });
    }

    private void recordCost(LocalDate from, LocalDate to, BigDecimal euros, String description, UUID intervention) {
        long version = core.useCase(ShowProgrammeUseCase.class).showProgramme(coordinator).version();
        core.useCase(RecordCostUseCase.class).recordCost(coordinator, new CostCommand(from, to, euros, description,
                intervention, version));
    }

    private KeyPerson status(KeyPerson person, String status, String reason) {
        return core.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                new ChangeStatusCommand(person.id().value(), status, reason, person.version()));
    }

    private Signal handle(Signal signal, String step, String reliability, String explanation) {
        return core.useCase(HandleSignalUseCase.class).handleSignal(coordinator, new HandleSignalCommand(
                signal.id().value(), step, reliability, explanation, null, null, signal.version()));
    }

}
