package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.temperature.AcknowledgeAlertCommand;
import nl.sleutelnet.application.port.in.temperature.AcknowledgeAlertUseCase;
import nl.sleutelnet.application.port.in.temperature.AlertSummary;
import nl.sleutelnet.application.port.in.temperature.CellTemperature;
import nl.sleutelnet.application.port.in.temperature.ExplainTemperatureUseCase;
import nl.sleutelnet.application.port.in.temperature.ListAlertsUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowAlertUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureMapUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureSeriesUseCase;
import nl.sleutelnet.application.port.in.temperature.TemperatureCell;
import nl.sleutelnet.application.port.in.temperature.TemperatureExplanation;
import nl.sleutelnet.application.port.in.temperature.TemperatureExplanation.ExplainedAnswer;
import nl.sleutelnet.application.port.in.temperature.TemperatureExplanation.ExplainedSignal;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapQuery;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapReport;
import nl.sleutelnet.application.port.in.temperature.TemperatureSeries;
import nl.sleutelnet.application.port.in.temperature.TemperatureSeriesQuery;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.application.port.out.AlertRepository;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.application.port.out.PollAnswerEvidence;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.EmailAddress;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.Scope;
import nl.sleutelnet.domain.intervention.ScopeSeries;
import nl.sleutelnet.domain.intervention.ScopeTemperature;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.temperature.Alert;
import nl.sleutelnet.domain.temperature.AlertId;
import nl.sleutelnet.domain.temperature.Evidence;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.temperature.PollContribution;
import nl.sleutelnet.domain.temperature.PollEvidence;
import nl.sleutelnet.domain.temperature.SignalContribution;
import nl.sleutelnet.domain.temperature.SignalEvidence;
import nl.sleutelnet.domain.temperature.Temperature;
import nl.sleutelnet.domain.temperature.TemperatureMap;
import nl.sleutelnet.domain.temperature.TemperatureModel;
import nl.sleutelnet.domain.temperature.TemperatureReading;
import nl.sleutelnet.domain.temperature.TemperatureRollUp;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import nl.sleutelnet.domain.temperature.UpwardCrossing;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The temperature in use: the map, the explanation and the trend of every buurt × theme, computed by the domain's
 * {@link TemperatureModel} from the evidence the repositories hand over for the model's window only (never all
 * history), and the alerts raised when a change to a signal or new poll answers move a buurt × theme up a level.
 *
 * <p>Who sees what: the coordinator, professionals and analysts see the figures of every buurt (no signal, answer
 * or person is in a figure); the signals and answers behind a figure are shown to the coordinator for every buurt and
 * to a professional for their own buurten, whose signals they may read anyway; alerts are for coordinators.
 */
public final class TemperatureService implements ShowTemperatureMapUseCase, ExplainTemperatureUseCase,
        ShowTemperatureSeriesUseCase, ListAlertsUseCase, ShowAlertUseCase, AcknowledgeAlertUseCase, TemperatureWatch,
        ScopeTemperatures {

    private static final System.Logger.Level WARNING = System.Logger.Level.WARNING;
    private static final System.Logger LOG = System.getLogger(TemperatureService.class.getName());
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Map<Level, String> LEVEL_IN_DUTCH = ImmutableMap.of(
            Level.CALM, "rustig",
            Level.TENSE, "gespannen",
            Level.HEATED, "verhit",
            Level.ESCALATING, "escalerend");

    private final SignalRepository signals;
    private final PollAnswerEvidence polls;
    private final AlertRepository alerts;
    private final AccountRepository accounts;
    private final NeighbourhoodRegister register;
    private final ThemeRepository themes;
    private final Notifier notifier;
    private final IdGenerator ids;
    private final Clock clock;
    private final TemperatureModel model;
    private final ZoneId zone;
    private final String publicUrl;

    /**
     * @param zone      whose calendar days a series counts (the municipality's)
     * @param publicUrl where staff reach Sleutelnet, for the link in an alert message
     */
    public TemperatureService(SignalRepository signals, PollAnswerEvidence polls, AlertRepository alerts,
            AccountRepository accounts, NeighbourhoodRegister register, ThemeRepository themes, Notifier notifier,
            IdGenerator ids, Clock clock, TemperatureSettings settings, ZoneId zone, URI publicUrl) {
        this.signals = checkNotNull(signals, "signals");
        this.polls = checkNotNull(polls, "polls");
        this.alerts = checkNotNull(alerts, "alerts");
        this.accounts = checkNotNull(accounts, "accounts");
        this.register = checkNotNull(register, "register");
        this.themes = checkNotNull(themes, "themes");
        this.notifier = checkNotNull(notifier, "notifier");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
        this.model = new TemperatureModel(checkNotNull(settings, "settings"));
        this.zone = checkNotNull(zone, "zone");
        String url = checkNotNull(publicUrl, "publicUrl").toString();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    // --- the map, the explanation and the trend ---

    @Override
    public TemperatureMapReport showTemperatureMap(Actor actor, TemperatureMapQuery query) {
        actor.require(Permission.VIEW_TEMPERATURE);
        List<Theme> shown = query.themeCode().map(code -> List.of(themes.findByCode(code)
                .orElseThrow(() -> InvalidCommandException.of("theme",
                        "theme.not-found", "There is no theme '" + code + "'."))))
                .orElseGet(() -> themes.findAll().stream().filter(Theme::active).toList());
        Instant now = clock.instant();
        List<Neighbourhood> buurten = register.neighbourhoods();
        List<ThemeCode> themeCodes = shown.stream().map(Theme::code).toList();
        // the figures only: the map shows no explanation, so the model need not build one per buurt × theme
        List<TemperatureReading> readings = model.readings(buurten.stream().map(Neighbourhood::code).toList(),
                themeCodes, loadEvidence(now), now);
        return new TemperatureMapReport(now, register.districts(), buurten, shown, readings, model.settings());
    }

    @Override
    public CellTemperature showTemperature(Actor actor, TemperatureCell cell) {
        actor.require(Permission.VIEW_TEMPERATURE);
        Neighbourhood buurt = buurt(cell.buurt());
        Theme theme = theme(cell.themeCode());
        District district = register.district(buurt.district()).orElseThrow(() -> new IllegalStateException(
                "buurt " + buurt.code() + " lies in wijk " + buurt.district() + ", which the register does not have"));
        Instant now = clock.instant();
        TemperatureReading figure = model.readings(List.of(buurt.code()), List.of(theme.code()),
                loadAbout(buurt, theme, now), now).get(0);
        return new CellTemperature(buurt, district, theme, figure);
    }

    @Override
    public TemperatureExplanation explainTemperature(Actor actor, TemperatureCell cell) {
        actor.require(Permission.EXPLAIN_TEMPERATURE);
        Neighbourhood buurt = buurt(cell.buurt());
        Theme theme = theme(cell.themeCode());
        if (!actor.hasRole(Role.COORDINATOR) && !actor.neighbourhoods().contains(buurt.code())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "temperature.explanation.not-own-buurt",
                    String.format("The signals behind the temperature of %s are for the coordinator and for "
                            + "professionals who work in %s; the figures are on the map.", buurt.name(),
                            buurt.name()));
        }
        Instant now = clock.instant();
        // the explanation of one cell reads that cell's evidence and then the signals behind it, however busy the
        // rest of the window is
        Temperature temperature = model.temperature(buurt.code(), theme.code(), loadAbout(buurt, theme, now), now);
        List<SignalContribution> parts = temperature.explanation().signals();
        Map<SignalId, Signal> behind = signals.findAllById(parts.stream()
                        .map(part -> new SignalId(part.signalId())).toList()).stream()
                .collect(Collectors.toMap(Signal::id, Function.identity()));
        List<ExplainedSignal> explained = new ArrayList<>();
        for (SignalContribution part : parts) {
            Signal signal = behind.get(new SignalId(part.signalId()));
            explained.add(new ExplainedSignal(part, signal.receivedAt(), signal.status(),
                    signal.content().description(), signal.sightings().size()));
        }
        List<PollContribution> answerParts = temperature.explanation().polls();
        Map<UUID, PollAnswerEvidence.AnswerRound> rounds = answerParts.isEmpty() ? Map.of()
                : polls.roundsOf(answerParts.stream().map(PollContribution::answerId).toList());
        List<ExplainedAnswer> answers = answerParts.stream().map(part -> {
            PollAnswerEvidence.AnswerRound round = rounds.get(part.answerId());
            return new ExplainedAnswer(part, round == null ? null : round.roundId(), round == null ? null
                    : round.name());
        }).toList();
        return new TemperatureExplanation(buurt, theme, temperature, explained, answers, model.settings());
    }

    @Override
    public TemperatureSeries showTemperatureSeries(Actor actor, TemperatureSeriesQuery query) {
        actor.require(Permission.VIEW_TEMPERATURE);
        TemperatureCell cell = query.cell();
        Neighbourhood buurt = buurt(cell.buurt());
        Theme theme = theme(cell.themeCode());
        Scope only = Scope.of(Set.of(buurt.code()), Set.of(theme.code()));
        List<TemperatureReading> figures = model.dailyReadings(buurt.code(), theme.code(),
                scopeEvidence(only, query.from()), query.from(), query.to(), zone);
        List<TemperatureSeries.Day> days = new ArrayList<>(figures.size());
        LocalDate day = query.from();
        for (TemperatureReading figure : figures) {
            days.add(new TemperatureSeries.Day(day, figure));
            day = day.plusDays(1);
        }
        return new TemperatureSeries(buurt, theme, query.from(), query.to(), days, model.settings());
    }

    // --- the temperature of an intervention's scope ---

    @Override
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(checkNotNull(at, "at"), zone);
    }

    @Override
    public ScopeSeries dailySeries(Scope scope, LocalDate from, LocalDate to) {
        checkNotNull(scope, "scope");
        Evidence evidence = scopeEvidence(scope, from);
        // levels and scores only: the figures of each day without their explanations
        List<List<TemperatureReading>> perCell = new ArrayList<>(scope.cells());
        for (NeighbourhoodCode buurt : scope.buurten()) {
            for (ThemeCode theme : scope.themes()) {
                perCell.add(model.dailyReadings(buurt, theme, evidence, from, to, zone));
            }
        }
        return ScopeSeries.ofReadings(scope, from, perCell);
    }

    @Override
    public ScopeTemperature at(Scope scope, Instant asOf) {
        checkNotNull(scope, "scope");
        Set<Cell> cells = new LinkedHashSet<>();
        scope.buurten().forEach(b -> scope.themes().forEach(t -> cells.add(new Cell(b, t))));
        TemperatureMap map = model.map(List.copyOf(scope.buurten()), List.copyOf(scope.themes()),
                loadAbout(cells, asOf), asOf);
        return ScopeTemperature.computedFrom(scope, map);
    }

    // --- alerts ---

    @Override
    public Page<AlertSummary> listAlerts(Actor actor, PageRequest page) {
        actor.require(Permission.HANDLE_ALERTS);
        return alerts.findAll(page).map(this::summary);
    }

    @Override
    public long countOpenAlerts(Actor actor) {
        actor.require(Permission.HANDLE_ALERTS);
        return alerts.countOpen();
    }

    @Override
    public AlertSummary showAlert(Actor actor, UUID alertId) {
        actor.require(Permission.HANDLE_ALERTS);
        return summary(alert(new AlertId(checkNotNull(alertId, "alertId"))));
    }

    @Override
    public AlertSummary acknowledgeAlert(Actor actor, AcknowledgeAlertCommand command) {
        actor.require(Permission.HANDLE_ALERTS);
        Alert alert = alert(command.id());
        if (alert.version() != command.expectedVersion()) {
            throw new StaleVersionException("Alert", alert.id(), command.expectedVersion(), alert.version());
        }
        return summary(alerts.save(alert.acknowledge(actor.accountId(), clock.instant())));
    }

    // --- the watch: a level crossed upwards is an alert ---

    @Override
    public void signalChanged(Optional<Signal> before, Signal after) {
        checkNotNull(before, "before");
        checkNotNull(after, "after");
        if (before.isPresent() && before.get().evidence().equals(after.evidence())) {
            // a change that leaves what the signal tells the temperature as it was (a decision to act or not, a
            // handler, a link to an intervention) moves no level: nothing to judge
            return;
        }
        Instant now = clock.instant();
        Set<Cell> cells = new LinkedHashSet<>();
        before.ifPresent(b -> b.evidence().forEach(e -> cells.add(new Cell(e.buurt(), e.theme()))));
        after.evidence().forEach(e -> cells.add(new Cell(e.buurt(), e.theme())));
        holdBuurten(cells);
        Evidence window = loadAbout(cells, now);
        List<SignalEvidence> others = window.signals().stream()
                .filter(e -> !e.signalId().equals(after.id().value())).toList();
        List<SignalEvidence> withBefore = new ArrayList<>(others);
        before.ifPresent(b -> withBefore.addAll(b.evidence()));
        List<SignalEvidence> withAfter = new ArrayList<>(others);
        withAfter.addAll(after.evidence());
        List<PollEvidence> answers = window.polls();
        raiseAlerts(cells, Evidence.of(withBefore, answers), Evidence.of(withAfter, answers), now);
    }

    @Override
    public void answersGiven(List<PollEvidence> given) {
        checkNotNull(given, "given");
        if (given.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Set<Cell> cells = given.stream().map(p -> new Cell(p.buurt(), p.theme()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        holdBuurten(cells);
        Evidence window = loadAbout(cells, now);
        Set<AnswerKey> justGiven = given.stream().map(AnswerKey::of).collect(Collectors.toSet());
        List<PollEvidence> earlier = window.polls().stream()
                .filter(p -> !justGiven.contains(AnswerKey.of(p))).toList();
        List<PollEvidence> all = new ArrayList<>(earlier);
        all.addAll(given);
        List<SignalEvidence> signalEvidence = window.signals();
        raiseAlerts(cells, Evidence.of(signalEvidence, earlier), Evidence.of(signalEvidence, all), now);
    }

    /**
     * Judges changes to one buurt one after the other (see {@link NeighbourhoodRegister#holdForTemperatureWatch}):
     * after this, the evidence read includes every other change to these buurten that was committed meanwhile.
     */
    private void holdBuurten(Set<Cell> cells) {
        register.holdForTemperatureWatch(cells.stream().map(Cell::buurt).collect(Collectors.toSet()));
    }

    private void raiseAlerts(Set<Cell> cells, Evidence before, Evidence after, Instant now) {
        List<NeighbourhoodCode> buurten = cells.stream().map(Cell::buurt).distinct().toList();
        List<ThemeCode> themeCodes = cells.stream().map(Cell::theme).distinct().toList();
        // levels and scores only: the figures without their explanations
        List<TemperatureReading> was = model.readings(buurten, themeCodes, before, now);
        List<TemperatureReading> is = model.readings(buurten, themeCodes, after, now);
        for (Cell cell : cells) {
            int at = buurten.indexOf(cell.buurt()) * themeCodes.size() + themeCodes.indexOf(cell.theme());
            TemperatureReading previous = was.get(at);
            TemperatureReading current = is.get(at);
            if (UpwardCrossing.alertDue(Optional.of(previous.level()), current.level())) {
                Alert alert = alerts.save(Alert.raise(new AlertId(ids.newId()), cell.buurt(), cell.theme(),
                        previous.level(), current.level(), current.score(), now));
                tellCoordinators(alert);
            }
        }
    }

    /**
     * Mails every enabled coordinator with a work address: where and how far the level went, and a link; never the
     * content of a signal. A coordinator without an address sees the alert in Sleutelnet only, and the log says so. A
     * failed message is logged and does not undo the alert or the change that raised it.
     */
    private void tellCoordinators(Alert alert) {
        List<Account> coordinators = accounts.findAll().stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.COORDINATOR)).toList();
        if (coordinators.isEmpty()) {
            LOG.log(WARNING, "Alert {0} ({1}): there is no enabled coordinator to tell.", alert.id(), alert);
            return;
        }
        String buurtName = register.neighbourhood(alert.buurt()).map(Neighbourhood::name)
                .orElse(alert.buurt().value());
        String themeName = themes.findByCode(alert.theme()).map(Theme::name).orElse(alert.theme().value());
        String subject = String.format("Sleutelnet: %s, %s nu %s", buurtName, themeName,
                LEVEL_IN_DUTCH.get(alert.to()));
        String body = String.format(DUTCH, """
                De temperatuur van %s op het thema "%s" is gestegen van %s naar %s (temperatuur %.1f).

                Bekijk de uitleg en de trend:
                %s/temperatuur/%s/%s

                Alle waarschuwingen: %s/temperatuur/waarschuwingen

                Een waarschuwing is een vraag om te gaan kijken, geen conclusie. Deze e-mail bevat bewust geen \
                inhoud van signalen; die leest u na het inloggen.
                """, buurtName, themeName, LEVEL_IN_DUTCH.get(alert.from()), LEVEL_IN_DUTCH.get(alert.to()),
                alert.score(), publicUrl, alert.buurt().value(), alert.theme().value(), publicUrl);
        for (Account coordinator : coordinators) {
            Optional<EmailAddress> address = coordinator.email();
            if (address.isEmpty()) {
                LOG.log(WARNING, "Alert {0} ({1}) not mailed to coordinator {2}: the account has no e-mail address; "
                        + "it is shown under Waarschuwingen.", alert.id(), alert, coordinator.username());
                continue;
            }
            try {
                notifier.send(new Notifier.Message(address.get().value(), subject, body));
            } catch (RuntimeException e) {
                LOG.log(WARNING, "Alert " + alert.id() + " could not be mailed to coordinator "
                        + coordinator.username() + "; it is shown under Waarschuwingen.", e);
            }
        }
    }

    // --- reading ---

    /**
     * The evidence a daily series of {@code scope}'s cells from {@code from} onwards needs: only what can count at the
     * end of that first day or later, and only about the scope's cells; the model reads nothing else for them.
     */
    private Evidence scopeEvidence(Scope scope, LocalDate from) {
        Instant endOfFirstDay = from.plusDays(1).atStartOfDay(zone).toInstant();
        return Evidence.of(
                signals.evidenceObservedSince(model.settings().signalsNeededFrom(endOfFirstDay), scope.buurten(),
                                scope.themes()).stream()
                        .filter(e -> scope.contains(e.buurt(), e.theme())).toList(),
                polls.answeredSince(model.settings().pollsNeededFrom(endOfFirstDay), scope.buurten(),
                                scope.themes()).stream()
                        .filter(p -> scope.contains(p.buurt(), p.theme())).toList());
    }

    /**
     * The evidence for a temperature at {@code asOf}, trend included: the window only, and of its signals only their
     * evidence (no descriptions or history, which the map does not show).
     */
    private Evidence loadEvidence(Instant asOf) {
        return Evidence.of(signals.evidenceObservedSince(model.settings().signalsNeededFrom(asOf)),
                polls.answeredSince(model.settings().pollsNeededFrom(asOf)));
    }

    /**
     * The evidence of the window at {@code asOf} about these buurt × theme cells only: what the watch needs to compare
     * their levels before and after a change. The model reads nothing about a cell but that cell's evidence, so the
     * figures of these cells are the same as from the whole window; the rest is not worth building on every change.
     */
    private Evidence loadAbout(Set<Cell> cells, Instant asOf) {
        Set<NeighbourhoodCode> buurten = cells.stream().map(Cell::buurt).collect(Collectors.toSet());
        Set<ThemeCode> themeCodes = cells.stream().map(Cell::theme).collect(Collectors.toSet());
        List<SignalEvidence> signalEvidence = signals.evidenceObservedSince(model.settings().signalsNeededFrom(asOf),
                        buurten, themeCodes).stream()
                .filter(e -> cells.contains(new Cell(e.buurt(), e.theme()))).toList();
        List<PollEvidence> answers = polls.answeredSince(model.settings().pollsNeededFrom(asOf), buurten,
                        themeCodes).stream()
                .filter(p -> cells.contains(new Cell(p.buurt(), p.theme()))).toList();
        return Evidence.of(signalEvidence, answers);
    }

    /** The evidence of one buurt × theme at {@code asOf}: the model reads nothing else for that cell's figures. */
    private Evidence loadAbout(Neighbourhood buurt, Theme theme, Instant asOf) {
        return loadAbout(Set.of(new Cell(buurt.code(), theme.code())), asOf);
    }

    private Neighbourhood buurt(NeighbourhoodCode code) {
        return register.neighbourhood(code).orElseThrow(() -> DomainException.notFound("neighbourhood.not-found",
                "There is no buurt %s in the register.", code));
    }

    private Theme theme(ThemeCode code) {
        return themes.findByCode(code).orElseThrow(() -> DomainException.notFound("theme.not-found",
                "There is no theme '%s'.", code));
    }

    private Alert alert(AlertId id) {
        return alerts.findById(id).orElseThrow(() -> DomainException.notFound("alert.not-found",
                "There is no alert %s.", id));
    }

    private AlertSummary summary(Alert alert) {
        String buurtName = register.neighbourhood(alert.buurt()).map(Neighbourhood::name)
                .orElse(alert.buurt().value());
        String themeName = themes.findByCode(alert.theme()).map(Theme::name).orElse(alert.theme().value());
        String seenBy = alert.acknowledgedBy() == null ? null : accounts.findById(alert.acknowledgedBy())
                .map(Account::displayName).orElse(alert.acknowledgedBy().toString());
        return new AlertSummary(alert, buurtName, themeName, seenBy);
    }

    private record Cell(NeighbourhoodCode buurt, ThemeCode theme) {
    }

    /** One piece of poll evidence: an answer about one buurt × theme. */
    private record AnswerKey(UUID answer, NeighbourhoodCode buurt, ThemeCode theme) {

        static AnswerKey of(PollEvidence p) {
            return new AnswerKey(p.answerId(), p.buurt(), p.theme());
        }
    }
}
