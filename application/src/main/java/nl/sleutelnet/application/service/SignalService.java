package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.signal.AddSightingUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.OverdueCheck;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SearchSignalsUseCase;
import nl.sleutelnet.application.port.in.signal.ShowSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SightingCommand;
import nl.sleutelnet.application.port.in.signal.SignalQuery;
import nl.sleutelnet.application.port.in.signal.SignalReceipt;
import nl.sleutelnet.application.port.in.signal.TrackSignalUseCase;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.SecretSource;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.signal.AssessmentDeadlines;
import nl.sleutelnet.domain.signal.Reporter;
import nl.sleutelnet.domain.signal.ReporterKind;
import nl.sleutelnet.domain.signal.Sighting;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.signal.SignalStatus;
import nl.sleutelnet.domain.signal.TrackingCode;
import nl.sleutelnet.domain.network.MemberRef;

/**
 * The signal cycle: signaleren (report, sightings), duiden (assess) and handelen (act, no action, close), with an
 * assignee throughout, deadlines per intensity, and a tracking code for the reporter. After every change the
 * {@link TemperatureWatch} hears the signal before and after (the temperature service checks for alerts).
 */
public final class SignalService implements ReportSignalUseCase, AddSightingUseCase, HandleSignalUseCase,
        ShowSignalUseCase, SearchSignalsUseCase, TrackSignalUseCase, OverdueCheck {

    private static final int CODE_ATTEMPTS = 5;

    private final SignalRepository signals;
    private final AccountRepository accounts;
    private final NetworkReferences references;
    private final SignalLinks links;
    private final SecretSource secrets;
    private final IdGenerator ids;
    private final Clock clock;
    private final AssessmentDeadlines deadlines;
    private final TemperatureWatch watch;

    public SignalService(SignalRepository signals, AccountRepository accounts, NetworkReferences references,
            SignalLinks links, SecretSource secrets, IdGenerator ids, Clock clock,
            AssessmentDeadlines deadlines, TemperatureWatch watch) {
        this.signals = checkNotNull(signals, "signals");
        this.accounts = checkNotNull(accounts, "accounts");
        this.references = checkNotNull(references, "references");
        this.links = checkNotNull(links, "links");
        this.secrets = checkNotNull(secrets, "secrets");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
        this.deadlines = checkNotNull(deadlines, "deadlines");
        this.watch = checkNotNull(watch, "watch");
    }

    @Override
    public Signal reportSignal(Actor actor, ReportSignalCommand command) {
        actor.require(Permission.REPORT_SIGNALS);
        return report(actor, command, signals::save);
    }

    @Override
    public Signal reportSignalOnce(Actor actor, String requestKey, ReportSignalCommand command) {
        actor.require(Permission.REPORT_SIGNALS);
        if (requestKey == null || requestKey.isEmpty() || requestKey.length() > 255
                || !requestKey.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw InvalidCommandException.of("requestKey", "signal.request-key.invalid",
                    "A request key is 1 to 255 visible ASCII characters without spaces, such as a UUID.");
        }
        String fingerprint = Hashing.sha256().hashString(command.toString(), StandardCharsets.UTF_8).toString();
        Optional<SignalRepository.KeyedSignal> earlier = signals.findByRequestKey(actor.accountId(), requestKey);
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint().equals(fingerprint)) {
                throw DomainException.conflict("signal.request-key.reused", "Request key '%s' was used for another "
                        + "report; send a new key with a new report.", requestKey);
            }
            return signals.findById(earlier.get().signal()).orElseThrow(() -> DomainException.notFound(
                    "signal.not-found", "The signal reported under request key '%s' no longer exists.", requestKey));
        }
        SignalRepository.RequestKey key = new SignalRepository.RequestKey(actor.accountId(), requestKey, fingerprint);
        return report(actor, command, signal -> signals.saveNew(signal, key));
    }

    private Signal report(Actor actor, ReportSignalCommand command, UnaryOperator<Signal> store) {
        Instant now = clock.instant();
        Reporter reporter = command.reporter(actor.accountId().value());
        requireSelfReporter(actor, reporter, command.assignee());
        List<FieldViolation> problems = new ArrayList<>(references.checkNeighbourhoods(command.neighbourhoodCodes()));
        problems.addAll(references.checkThemes(command.themeCodes()));
        checkReporter(reporter, problems);
        Instant observedAt = command.observedAt() == null ? now : command.observedAt();
        if (observedAt.isAfter(now)) {
            problems.add(new FieldViolation("observedAt", "signal.observed-in-future",
                    "The observation lies in the future (" + observedAt + "); give the moment it was seen."));
        }
        AccountId assignee = command.assignee() == null ? defaultAssignee(actor) : new AccountId(command.assignee());
        checkAssignee(assignee, "assignee", problems);
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        Signal.Report report = new Signal.Report(reporter, command.obtained(), command.neighbourhoodCodes(),
                command.themeCodes(), nl.sleutelnet.domain.signal.Intensity.of(command.intensity()),
                command.description(), observedAt);
        SignalId id = new SignalId(ids.newId());
        for (int attempt = 1; ; attempt++) {
            TrackingCode code = TrackingCode.fromRandomBytes(secrets.randomBytes(9));
            try {
                Signal saved = store.apply(Signal.report(id, report, now, code, assignee, actor.accountId()));
                watch.signalChanged(Optional.empty(), saved);
                return saved;
            } catch (DomainException e) {
                if (!e.code().equals("signal.tracking-code.taken") || attempt == CODE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Signal addSighting(Actor actor, SightingCommand command) {
        actor.require(Permission.REPORT_SIGNALS);
        Signal signal = visible(actor, new SignalId(command.signalId()));
        Instant now = clock.instant();
        Reporter reporter = command.reporter(actor.accountId().value());
        requireSelfReporter(actor, reporter, null);
        List<FieldViolation> problems = new ArrayList<>();
        checkReporter(reporter, problems);
        Instant observedAt = command.observedAt() == null ? now : command.observedAt();
        if (observedAt.isAfter(now)) {
            problems.add(new FieldViolation("observedAt", "signal.observed-in-future",
                    "The observation lies in the future (" + observedAt + ")."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        Signal saved = signals.save(signal.addSighting(new Sighting(ids.newId(), reporter, command.obtained(),
                observedAt, now, command.explanation()), actor.accountId()));
        watch.signalChanged(Optional.of(signal), saved);
        return saved;
    }

    @Override
    public Signal handleSignal(Actor actor, HandleSignalCommand command) {
        actor.require(Permission.HANDLE_SIGNALS);
        Signal signal = visible(actor, command.id());
        if (signal.version() != command.expectedVersion()) {
            throw new StaleVersionException("Signal", signal.id(), command.expectedVersion(), signal.version());
        }
        Instant now = clock.instant();
        AccountId by = actor.accountId();
        if (command.parsedStep() == HandleSignalCommand.Step.ACT) {
            // the intervention lists the signal too: both sides are kept in one place
            return links.actOn(actor, signal, command.intervention(), now);
        }
        Signal changed = switch (command.parsedStep()) {
            case ASSESS -> signal.assess(command.parsedReliability(), command.explanation(), now, by);
            case ACT -> throw new IllegalStateException("ACT is handled by the signal links");
            case NO_ACTION -> signal.noAction(command.explanation(), now, by);
            case CLOSE -> signal.close(command.explanation(), now, by);
            case ASSIGN -> {
                List<FieldViolation> problems = new ArrayList<>();
                checkAssignee(new AccountId(command.assignee()), "assignee", problems);
                if (!problems.isEmpty()) {
                    throw new InvalidCommandException(problems);
                }
                yield signal.assign(new AccountId(command.assignee()), now, by);
            }
        };
        Signal saved = signals.save(changed);
        watch.signalChanged(Optional.of(signal), saved);
        return saved;
    }

    @Override
    public Signal showSignal(Actor actor, UUID signalId) {
        actor.require(Permission.HANDLE_SIGNALS);
        return visible(actor, new SignalId(signalId));
    }

    @Override
    public Page<Signal> searchSignals(Actor actor, SignalQuery query) {
        actor.require(Permission.HANDLE_SIGNALS);
        Set<NeighbourhoodCode> within = actor.hasRole(Role.COORDINATOR) ? Set.of() : actor.neighbourhoods();
        if (!actor.hasRole(Role.COORDINATOR) && within.isEmpty()) {
            // a professional without buurten sees the signals assigned to them
            return signals.search(new SignalRepository.Search(query.statuses(), query.neighbourhoodCode().orElse(null),
                    query.themeCode().orElse(null), actor.accountId(), null, null, Set.of(), query.pageRequest()));
        }
        AccountId assignee = query.assignee() == null ? null : new AccountId(query.assignee());
        if (!query.overdue()) {
            return signals.search(new SignalRepository.Search(query.statuses(),
                    query.neighbourhoodCode().orElse(null), query.themeCode().orElse(null), assignee, null, null,
                    within, query.pageRequest()));
        }
        List<Signal> overdue = signals.searchAll(new SignalRepository.Search(Set.of(SignalStatus.RECEIVED),
                query.neighbourhoodCode().orElse(null), query.themeCode().orElse(null), assignee, null,
                clock.instant(), within, null)).stream().filter(this::isOverdue).toList();
        return Page.of(overdue, query.pageRequest());
    }

    @Override
    public Optional<SignalReceipt> trackSignal(String trackingCode) {
        return TrackingCode.parse(trackingCode).flatMap(signals::findByTrackingCode)
                .map(s -> new SignalReceipt(s.trackingCode().value(), s.receivedAt(), s.status(), s.statusSince()));
    }

    @Override
    public boolean isOverdue(Signal signal) {
        return signal.isOverdue(clock.instant(), deadlines);
    }

    @Override
    public Instant assessmentDue(Signal signal) {
        return signal.assessmentDue(deadlines);
    }

    /**
     * The coordinator sees every signal; a professional those about their buurten or assigned to them; anyone
     * (a key person too) the signals they reported themselves. The buurten on an account count only for those who
     * handle signals: a key person's account with a buurt does not open other people's signals there.
     */
    private Signal visible(Actor actor, SignalId id) {
        Signal signal = signals.findById(id).orElseThrow(() -> notFound(id));
        boolean mine = actor.hasRole(Role.COORDINATOR) || signal.assignee().equals(actor.accountId())
                || actor.may(Permission.HANDLE_SIGNALS)
                        && signal.content().neighbourhoods().stream().anyMatch(actor.neighbourhoods()::contains)
                || signal.content().reporter().id() != null
                        && signal.content().reporter().id().equals(actor.accountId().value());
        if (!mine) {
            throw notFound(id);
        }
        return signal;
    }

    /**
     * A key person through their personal link reports only as themself (never for another key person: changing the
     * id is refused), leaves the assignment to the coordinator, and cannot report once they have left.
     */
    private void requireSelfReporter(Actor actor, Reporter reporter, UUID assignee) {
        if (!actor.isKeyPerson()) {
            return;
        }
        if (reporter.kind() != ReporterKind.KEY_PERSON || !actor.keyPerson().value().equals(reporter.id())
                || assignee != null) {
            throw new AccessDeniedException("A key person reports as themself; the coordinator assigns the signal.");
        }
        if (references.hasDeparted(actor.keyPerson())) {
            throw DomainException.conflict("self-service.departed", "You have left Sleutelnet, so you can no "
                    + "longer report through your link.");
        }
    }

    private void checkReporter(Reporter reporter, List<FieldViolation> problems) {
        if (reporter.kind() == ReporterKind.KEY_PERSON || reporter.kind() == ReporterKind.PARTNER) {
            MemberRef member = new MemberRef(reporter.kind() == ReporterKind.KEY_PERSON
                    ? nl.sleutelnet.domain.network.MemberKind.KEY_PERSON
                    : nl.sleutelnet.domain.network.MemberKind.PARTNER, reporter.id());
            if (!references.memberExists(member)) {
                problems.add(new FieldViolation("reporterId", "member.not-found",
                        "The reporting " + reporter.kind() + " " + reporter.id() + " is not in the network."));
            }
        }
    }

    /** The reporting staff member handles it; otherwise (a key person or city system reporting) a coordinator. */
    private AccountId defaultAssignee(Actor actor) {
        if (actor.hasRole(Role.COORDINATOR) || actor.hasRole(Role.PROFESSIONAL)) {
            return actor.accountId();
        }
        return accounts.findAll().stream().filter(a -> a.enabled() && a.roles().contains(Role.COORDINATOR))
                .map(Account::id).findFirst().orElseThrow(() -> DomainException.conflict("signal.no-coordinator",
                        "There is no enabled coordinator to handle the signal; ask the administrator to make one."));
    }

    private void checkAssignee(AccountId assignee, String field, List<FieldViolation> problems) {
        Optional<Account> account = accounts.findById(assignee);
        if (account.isEmpty() || !account.get().enabled() || !(account.get().roles().contains(Role.COORDINATOR)
                || account.get().roles().contains(Role.PROFESSIONAL))) {
            problems.add(new FieldViolation(field, "signal.assignee.invalid",
                    "A signal is handled by an enabled coordinator or professional; " + assignee + " is not one."));
        }
    }

    private static DomainException notFound(SignalId id) {
        return DomainException.notFound("signal.not-found", "There is no signal %s (or it is outside your buurten).",
                id);
    }
}
