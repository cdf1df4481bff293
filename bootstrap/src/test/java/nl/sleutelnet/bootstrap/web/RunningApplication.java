package nl.sleutelnet.bootstrap.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.account.IssueApiTokenCommand;
import nl.sleutelnet.application.port.in.account.IssueApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.ListAccountsUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The whole application on a random port, on a fresh in-memory H2 database (the embedded default's dialect), with a
 * known administrator password, without the scheduled poll housekeeping (tests call it). Tests talk to it over HTTP
 * like a user or a city system.
 *
 * <p>The application's clock starts at {@link #START} when the context starts and then runs at the speed of real time,
 * so "today", "overdue", "faded" and "new in this period" are the same whenever and wherever the build runs (around
 * midnight, at a month's end, in a later year, in any time zone) while events still come one after the other. Tests
 * that need "now" or "today" ask {@link #clock} or {@link #today()}, never the machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "sleutelnet.admin.username=beheerder", "sleutelnet.admin.password=" + RunningApplication.ADMIN_PASSWORD,
    "sleutelnet.security.bcrypt-strength=4", "sleutelnet.polls.housekeeping.enabled=false",
    "sleutelnet.retention.enabled=false", "sleutelnet.signals.overdue-reminder.enabled=false"})
public abstract class RunningApplication {

    public static final String ADMIN_PASSWORD = "een test wachtwoord voor beheer";

    /** When every test application starts: a weekday morning in Maastricht, far from midnight, month's end and DST. */
    public static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

    protected static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The application's clock (the bean named {@code clock}), made by {@link #clock()}. */
    @TestBean(name = "clock")
    protected Clock clock;

    /** Starts at {@link #START} and runs on with real time; one per application context. */
    static Clock clock() {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), START));
    }

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::h2Url);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected CreateAccountUseCase createAccount;

    @Autowired
    protected ListAccountsUseCase listAccounts;

    @Autowired
    protected IssueApiTokenUseCase issueToken;

    /** Today in Maastricht, as the application sees it. */
    protected LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AMSTERDAM);
    }

    protected Http http() {
        return new Http(port);
    }

    protected Account account(String username) {
        return listAccounts.listAccounts(Actor.system()).stream()
                .filter(a -> a.username().value().equals(username)).findFirst().orElseThrow();
    }

    /** An account with the given role (created once) and a fresh API token for it. */
    protected String tokenFor(String username, String role) {
        return tokenFor(username, role, List.of());
    }

    /**
     * An account with the given role and the buurten it works in (created once: an existing account keeps its
     * buurten) and a fresh API token for it.
     */
    protected String tokenFor(String username, String role, List<String> buurten) {
        if (listAccounts.listAccounts(Actor.system()).stream().noneMatch(a -> a.username().value().equals(username))) {
            createAccount.createAccount(Actor.system(), new CreateAccountCommand(username, "Test " + role,
                    List.of(role), buurten, "een test wachtwoord"));
        }
        return issueToken.issueApiToken(Actor.system(),
                new IssueApiTokenCommand(account(username).id().value(), "test")).secret().reveal();
    }

    protected String bearer(String token) {
        return "Bearer " + token;
    }
}
