package nl.sleutelnet.bootstrap.web;

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

/**
 * The whole application on a random port, on a fresh in-memory H2 database (the embedded default's dialect), with a
 * known administrator password, without the scheduled poll housekeeping (tests call it). Tests talk to it over HTTP
 * like a user or a city system.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "sleutelnet.admin.username=beheerder", "sleutelnet.admin.password=" + RunningApplication.ADMIN_PASSWORD,
    "sleutelnet.security.bcrypt-strength=4", "sleutelnet.polls.housekeeping.enabled=false"})
public abstract class RunningApplication {

    public static final String ADMIN_PASSWORD = "een test wachtwoord voor beheer";

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
