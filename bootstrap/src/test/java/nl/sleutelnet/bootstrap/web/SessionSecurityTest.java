package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sleutelnet.application.port.in.account.ChangeAccountCommand;
import nl.sleutelnet.application.port.in.account.ChangeAccountUseCase;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Signing in and sessions as a person meets them, with short times so that the test can wait for them: throttling
 * after failed attempts (and its end), a new session at sign-in, the idle and absolute timeouts, and an account that
 * is disabled or changed while its session is open. Each test signs in from its own client address (X-Forwarded-For,
 * as the city's proxy sends it), so that the address counts do not mix.
 */
@TestPropertySource(properties = {"sleutelnet.security.sign-in.max-failures-per-username=3",
    "sleutelnet.security.sign-in.max-failures-per-address=6", "sleutelnet.security.sign-in.window=3s",
    "sleutelnet.security.session.idle-timeout=3s", "sleutelnet.security.session.absolute-timeout=7s"})
class SessionSecurityTest extends RunningApplication {

    private static final String PASSWORD = "een wachtwoord voor de sessietest";

    @Autowired
    private ChangeAccountUseCase changeAccount;

    private Account person(String username, String role) {
        return createAccount.createAccount(Actor.system(), new CreateAccountCommand(username, "Test " + username,
                List.of(role), List.of(), PASSWORD));
    }

    private StaffSession signIn(String username, String password, String address) {
        return new StaffSession(http()).signIn(username, password, "X-Forwarded-For", address);
    }

    private static String message(StaffSession session) {
        Http.Response page = session.get(session.lastSignIn().header("Location").replaceFirst("^https?://[^/]+", ""));
        return page.body().replaceAll("(?s).*<div[^>]*role=\"alert\"[^>]*>([^<]*)</div>.*", "$1").strip();
    }

    @Test
    void afterThreeFailedAttemptsEvenTheRightPasswordWaitsUntilTheTimeShown() throws InterruptedException {
        person("sessie.throttle", "COORDINATOR");
        for (int i = 0; i < 3; i++) {
            StaffSession wrong = signIn("sessie.throttle", "niet het goede wachtwoord", "10.1.1.1");
            assertThat(wrong.signedIn()).isFalse();
            assertThat(message(wrong)).startsWith("Gebruikersnaam of wachtwoord klopt niet");
        }
        StaffSession right = signIn("sessie.throttle", PASSWORD, "10.1.1.2");
        assertThat(right.signedIn()).as("throttled per username, from any address").isFalse();
        assertThat(message(right)).matches("Te veel mislukte pogingen om in te loggen\\. .* vanaf \\d\\d:\\d\\d "
                + "opnieuw proberen\\.");

        // an unknown username is treated the same: nothing tells which accounts exist
        for (int i = 0; i < 3; i++) {
            signIn("bestaat.niet", "niet het goede wachtwoord", "10.1.1.3");
        }
        StaffSession unknown = signIn("bestaat.niet", "niet het goede wachtwoord", "10.1.1.3");
        assertThat(message(unknown)).startsWith("Te veel mislukte pogingen om in te loggen");

        Thread.sleep(3_200);
        assertThat(signIn("sessie.throttle", PASSWORD, "10.1.1.2").signedIn()).as("the window has passed").isTrue();
    }

    @Test
    void tooManyFailuresFromOneAddressStopThatAddressOnly() {
        person("sessie.adres", "ANALYST");
        for (int i = 0; i < 6; i++) {
            signIn("geraden.naam" + i, "niet het goede wachtwoord", "10.2.2.2");
        }
        StaffSession fromThere = signIn("sessie.adres", PASSWORD, "10.2.2.2");
        assertThat(fromThere.signedIn()).isFalse();
        assertThat(message(fromThere)).startsWith("Te veel mislukte pogingen");
        assertThat(signIn("sessie.adres", PASSWORD, "10.2.2.3").signedIn()).isTrue();
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsIt() {
        person("sessie.id", "ANALYST");
        StaffSession session = new StaffSession(http());
        session.get("/inloggen", "X-Forwarded-For", "10.3.3.3");
        String before = session.sessionId();
        assertThat(before).as("the sign-in page starts a session (for its CSRF token)").isNotNull();
        session.post("/inloggen", "username=sessie.id&password=" + PASSWORD.replace(' ', '+'),
                "X-Forwarded-For", "10.3.3.3");
        assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
        String signedIn = session.sessionId();
        assertThat(session.get("/").status()).isEqualTo(200);

        session.get("/");
        Http.Response out = session.post("/uitloggen", "");
        assertThat(out.header("Location")).endsWith("/inloggen?uitgelogd");
        Http.Response oldCookie = http().get("/", "Cookie", "JSESSIONID=" + signedIn);
        assertThat(oldCookie.status()).isEqualTo(302);
        assertThat(oldCookie.header("Location")).contains("/inloggen");
    }

    @Test
    void aDisabledAccountsOpenSessionIsRefusedAtItsNextRequest() {
        Account account = person("sessie.uit", "COORDINATOR");
        StaffSession session = signIn("sessie.uit", PASSWORD, "10.4.4.4");
        assertThat(session.get("/").status()).isEqualTo(200);
        assertThat(session.get("/api/v1/buurten").status()).as("the API with the session cookie").isEqualTo(200);

        changeAccount.changeAccount(Actor.system(), new ChangeAccountCommand(account.id().value(),
                account.displayName(), List.of("COORDINATOR"), List.of(), null, false, account.version()));

        Http.Response page = session.get("/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/inloggen?verlopen");
        assertThat(session.get(page.header("Location").replaceFirst("^https?://[^/]+", "")).body())
                .contains("Uw sessie is beëindigd");
        assertThat(session.get("/api/v1/buurten").status()).isEqualTo(401);
    }

    @Test
    void changedRolesCountFromTheNextRequest() {
        Account account = person("sessie.rol", "ANALYST");
        StaffSession session = signIn("sessie.rol", PASSWORD, "10.5.5.5");
        assertThat(session.get("/beheer/gebruikers").status()).isEqualTo(403);

        changeAccount.changeAccount(Actor.system(), new ChangeAccountCommand(account.id().value(),
                account.displayName(), List.of("ADMIN"), List.of(), null, true, account.version()));
        assertThat(session.get("/beheer/gebruikers").status()).isEqualTo(200);

        Account admin = account("sessie.rol");
        changeAccount.changeAccount(Actor.system(), new ChangeAccountCommand(admin.id().value(),
                admin.displayName(), List.of("ANALYST"), List.of(), null, true, admin.version()));
        assertThat(session.get("/beheer/gebruikers").status()).isEqualTo(403);
    }

    @Test
    void aSessionEndsAfterTheIdleTimeAndAfterTheAbsoluteTime() throws InterruptedException {
        person("sessie.tijd", "ANALYST");
        StaffSession idle = signIn("sessie.tijd", PASSWORD, "10.6.6.6");
        assertThat(idle.get("/").status()).isEqualTo(200);
        Thread.sleep(3_500);
        Http.Response afterIdle = idle.get("/");
        assertThat(afterIdle.status()).isEqualTo(302);
        assertThat(afterIdle.header("Location")).endsWith("/inloggen?verlopen");

        StaffSession busy = signIn("sessie.tijd", PASSWORD, "10.6.6.7");
        int answered = 0;
        for (long end = System.currentTimeMillis() + 9_000; System.currentTimeMillis() < end; Thread.sleep(1_000)) {
            if (busy.get("/").status() != 200) {
                break;
            }
            answered++;
        }
        assertThat(answered).as("active for a while, never idle for 3 s").isGreaterThanOrEqualTo(5);
        Http.Response afterAbsolute = busy.get("/");
        assertThat(afterAbsolute.status()).as("ended after 7 s however active").isEqualTo(302);
        assertThat(afterAbsolute.header("Location")).contains("/inloggen");
    }
}
