package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.application.port.in.signal.RemindOverdueSignalsUseCase;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.EmailAddress;
import nl.sleutelnet.domain.signal.AssessmentDeadlines;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalStatus;

/**
 * Reminds handlers of the signals overdue for assessment (see {@link RemindOverdueSignalsUseCase}): one message per
 * account with the number and the earliest deadline, a link to the list of overdue signals, and nothing of a
 * signal's content. Signals whose handler cannot be reached go to every enabled coordinator with an address.
 */
public final class OverdueReminderService implements RemindOverdueSignalsUseCase {

    private static final System.Logger LOG = System.getLogger(OverdueReminderService.class.getName());
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl-NL"));

    private final SignalRepository signals;
    private final AccountRepository accounts;
    private final Notifier notifier;
    private final Clock clock;
    private final AssessmentDeadlines deadlines;
    private final ZoneId zone;
    private final String publicUrl;

    public OverdueReminderService(SignalRepository signals, AccountRepository accounts, Notifier notifier, Clock clock,
            AssessmentDeadlines deadlines, ZoneId zone, URI publicUrl) {
        this.signals = checkNotNull(signals, "signals");
        this.accounts = checkNotNull(accounts, "accounts");
        this.notifier = checkNotNull(notifier, "notifier");
        this.clock = checkNotNull(clock, "clock");
        this.deadlines = checkNotNull(deadlines, "deadlines");
        this.zone = checkNotNull(zone, "zone");
        String url = checkNotNull(publicUrl, "publicUrl").toString();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public OverdueReminder remindOverdueSignals() {
        Instant now = clock.instant();
        List<Signal> overdue = overdue(now);
        Map<Account, List<Signal>> byHandler = new LinkedHashMap<>();
        List<Signal> unreachable = new ArrayList<>();
        for (Signal signal : overdue) {
            Optional<Account> handler = reachable(signal.assignee());
            if (handler.isPresent()) {
                byHandler.computeIfAbsent(handler.get(), a -> new ArrayList<>()).add(signal);
            } else {
                unreachable.add(signal);
            }
        }
        if (!unreachable.isEmpty()) {
            List<Account> coordinators = accounts.findAll().stream()
                    .filter(a -> a.enabled() && a.roles().contains(Role.COORDINATOR) && a.email().isPresent())
                    .sorted(Comparator.comparing(a -> a.username().value())).toList();
            if (coordinators.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "{0} overdue signals have a handler who cannot be reached and "
                        + "there is no coordinator with an e-mail address to tell.", unreachable.size());
            }
            for (Account coordinator : coordinators) {
                byHandler.computeIfAbsent(coordinator, a -> new ArrayList<>()).addAll(unreachable);
            }
        }
        int reminded = 0;
        int failed = 0;
        for (Map.Entry<Account, List<Signal>> entry : byHandler.entrySet()) {
            try {
                notifier.send(message(entry.getKey(), entry.getValue(), unreachable));
                reminded++;
            } catch (RuntimeException e) {
                failed++;
                LOG.log(System.Logger.Level.WARNING, "The overdue reminder to " + entry.getKey().username()
                        + " could not be sent; the next run tries again.", e);
            }
        }
        return new OverdueReminder(overdue.size(), reminded, failed);
    }

    /** Received signals whose assessment deadline has passed, all of them (page by page). */
    private List<Signal> overdue(Instant now) {
        return signals.searchAll(new SignalRepository.Search(Set.of(SignalStatus.RECEIVED), null, null, null, null,
                now, Set.of(), null)).stream().filter(s -> s.isOverdue(now, deadlines)).toList();
    }

    private Optional<Account> reachable(AccountId id) {
        return accounts.findById(id).filter(a -> a.enabled() && a.email().isPresent());
    }

    private Notifier.Message message(Account to, List<Signal> overdue, List<Signal> unreachable) {
        Instant earliest = overdue.stream().map(s -> s.assessmentDue(deadlines)).min(Comparator.naturalOrder())
                .orElseThrow();
        long othersOnly = overdue.stream().filter(unreachable::contains).count();
        String subject = overdue.size() == 1 ? "Sleutelnet: 1 signaal wacht op duiding"
                : "Sleutelnet: " + overdue.size() + " signalen wachten op duiding";
        String others = othersOnly == 0 ? "" : String.format("""

                Daarvan %s %d zonder bereikbare behandelaar (account uit of zonder e-mailadres); u krijgt ze als \
                regisseur. Wijs ze toe aan een collega of duid ze zelf.
                """, othersOnly == 1 ? "is er" : "zijn er", othersOnly);
        String body = String.format("""
                Er %s %d %s waarvan de termijn voor duiding verstreken is. De oudste termijn verliep op %s.
                %s
                Bekijk ze:
                %s/signalen?achterstallig=true

                Deze e-mail bevat bewust geen inhoud van signalen; die leest u na het inloggen.
                """, overdue.size() == 1 ? "is" : "zijn", overdue.size(), overdue.size() == 1 ? "signaal" : "signalen",
                DAY_AND_TIME.format(earliest.atZone(zone)), others, publicUrl);
        EmailAddress address = to.email().orElseThrow();
        return new Notifier.Message(address.value(), subject, body);
    }
}
