package nl.sleutelnet.application.service;

import static nl.sleutelnet.domain.testdata.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.sleutelnet.application.fakes.Fakes;
import nl.sleutelnet.application.port.in.account.ChangeAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.InitialAdminCommand;
import nl.sleutelnet.application.port.in.account.InitialAdminResult;
import nl.sleutelnet.application.port.in.account.IssueApiTokenCommand;
import nl.sleutelnet.application.port.in.account.IssuedApiToken;
import nl.sleutelnet.application.port.in.account.SignInCommand;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class SignInAndTokenServiceTest {

    private final Fakes.Accounts accounts = new Fakes.Accounts();
    private final Fakes.Tokens tokens = new Fakes.Tokens();
    private final SignInService signIn = new SignInService(accounts, new Fakes.Attempts(), Fakes.hasher(), Fakes.secrets(), Fakes.ids(),
            Fakes.clock());
    private final ApiTokenService apiTokens = new ApiTokenService(tokens, accounts, Fakes.secrets(), Fakes.ids(),
            Fakes.clock());
    private final AccountService accountService = new AccountService(accounts, Fakes.register(), Fakes.hasher(),
            Fakes.ids(), Fakes.clock());

    @Test
    void theFirstStartCreatesTheAdministratorOnce() {
        InitialAdminResult first = signIn.ensureInitialAdmin(new InitialAdminCommand("beheerder", null));
        assertThat(first.created()).isTrue();
        assertThat(first.generatedPassword()).isPresent();
        Actor admin = signIn.signIn(new SignInCommand("beheerder", first.generatedPassword().get()));
        assertThat(admin.roles()).containsExactly(Role.ADMIN);

        InitialAdminResult second = signIn.ensureInitialAdmin(new InitialAdminCommand("beheerder", null));
        assertThat(second.created()).isFalse();
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void aConfiguredInitialPasswordIsUsedAndNotEchoed() {
        InitialAdminResult result = signIn.ensureInitialAdmin(
                new InitialAdminCommand("Admin", "een geheime beheerzin"));
        assertThat(result.generatedPassword()).isEmpty();
        assertThat(result.toString()).doesNotContain("geheime");
        assertThat(signIn.signIn(new SignInCommand("admin", "een geheime beheerzin")).username()).isEqualTo("admin");
    }

    @Test
    void aWeakConfiguredPasswordStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new InitialAdminCommand("admin", "admin"))
                .hasMessageContaining("password: A password needs at least 15 characters");
        assertThatThrownBy(() -> signIn.ensureInitialAdmin(new InitialAdminCommand("admin", "Sleutelnet2026!!!")))
                .hasMessageContaining("list of common or leaked passwords");
        assertThat(accounts.count()).isZero();
    }

    @Test
    void signInRefusesWithoutSayingWhichPartWasWrong() {
        accounts.save(anAccount().named("regisseur").withPasswordHash(Fakes.hasher().hash("een lange wachtzin").value())
                .build());
        accounts.save(anAccount().named("oud").withPasswordHash(Fakes.hasher().hash("een lange wachtzin").value())
                .disabled().build());
        String wrongPassword = message(() -> signIn.signIn(new SignInCommand("regisseur", "iets anders")));
        String unknownUser = message(() -> signIn.signIn(new SignInCommand("niemand", "een lange wachtzin")));
        String disabled = message(() -> signIn.signIn(new SignInCommand("oud", "een lange wachtzin")));
        String malformed = message(() -> signIn.signIn(new SignInCommand("x", "een lange wachtzin")));
        assertThat(List.of(unknownUser, disabled, malformed)).containsOnly(wrongPassword);
        assertThat(signIn.signIn(new SignInCommand("REGISSEUR", "een lange wachtzin")).username())
                .isEqualTo("regisseur");
    }

    @Test
    void anIssuedTokenWorksUntilItIsRevoked() {
        Account admin = accounts.save(anAccount().named("beheer").withRoles(Role.ADMIN).build());
        Account system = accountService.createAccount(admin.asActor(), new CreateAccountCommand("zaaksysteem",
                "Zaaksysteem", List.of("COORDINATOR"), List.of(), "een lange wachtzin"));
        IssuedApiToken issued = apiTokens.issueApiToken(admin.asActor(),
                new IssueApiTokenCommand(system.id().value(), "Koppeling zaaksysteem"));

        assertThat(apiTokens.authenticateApiToken(issued.secret().reveal()))
                .satisfies(identity -> assertThat(identity.actor().username()).isEqualTo("zaaksysteem"))
                .satisfies(identity -> assertThat(identity.tokenName()).isEqualTo("Koppeling zaaksysteem"));
        assertThat(tokens.findByAccount(system.id())).singleElement()
                .satisfies(t -> assertThat(t.secretHash()).isNotEqualTo(issued.secret().reveal()));

        assertThatThrownBy(() -> apiTokens.revokeApiToken(admin.asActor(), admin.id(), issued.token().id()))
                .as("a token is revoked through its own account only")
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(apiTokens.authenticateApiToken(issued.secret().reveal()).actor().username())
                .isEqualTo("zaaksysteem");

        apiTokens.revokeApiToken(admin.asActor(), system.id(), issued.token().id());
        assertThatThrownBy(() -> apiTokens.authenticateApiToken(issued.secret().reveal()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNAUTHENTICATED));
    }

    @Test
    void aTokenOfADisabledAccountIsRefused() {
        Account admin = accounts.save(anAccount().named("beheer").withRoles(Role.ADMIN).build());
        Account system = accountService.createAccount(admin.asActor(), new CreateAccountCommand("koppeling",
                "Koppeling", List.of("ANALYST"), List.of(), "een lange wachtzin"));
        IssuedApiToken issued = apiTokens.issueApiToken(admin.asActor(),
                new IssueApiTokenCommand(system.id().value(), "Dashboard"));
        accountService.changeAccount(admin.asActor(), new ChangeAccountCommand(system.id().value(), "Koppeling",
                List.of("ANALYST"), List.of(), null, false, system.version()));
        assertThatThrownBy(() -> apiTokens.authenticateApiToken(issued.secret().reveal()))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> apiTokens.authenticateApiToken("not-a-token")).isInstanceOf(DomainException.class);
    }

    private static String message(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.UNAUTHENTICATED);
            return e.getMessage();
        }
        throw new AssertionError("expected a refusal");
    }
}
