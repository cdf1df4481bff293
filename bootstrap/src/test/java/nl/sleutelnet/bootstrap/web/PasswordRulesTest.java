package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.domain.access.Actor;
import org.junit.jupiter.api.Test;

/** The password rules as an administrator and a user meet them: through the API and on the own-password page. */
class PasswordRulesTest extends RunningApplication {

    /** On the shipped list of common passwords, and long enough to pass the length rule. */
    private static final String LEAKED = "1qaz2wsx3edc4rfv";

    @Test
    void anAdministratorCannotGiveALeakedPassword() {
        String admin = bearer(tokenFor("wachtwoord.beheer", "ADMIN"));
        for (String password : List.of(LEAKED, "Maastricht2026!!", "wachtwoordwachtwoord")) {
            Http.Response response = http().send("POST", "/api/v1/gebruikers", Http.json(Http.body(
                    "gebruikersnaam", "nieuwe.collega", "naam", "Nieuwe collega", "rollen", List.of("ANALYST"),
                    "buurten", List.of(), "wachtwoord", password)), "Authorization", admin,
                    "Content-Type", "application/json");
            assertThat(response.status()).as(password).isEqualTo(400);
            assertThat(response.problemFields()).containsExactly("wachtwoord");
            assertThat(response.json().get("invalidParams").get(0).get("code").asString())
                    .isEqualTo("account.password.common");
            assertThat(response.json().get("detail").asString()).contains("list of common or leaked passwords");
        }
        Http.Response tooShort = http().send("POST", "/api/v1/gebruikers", Http.json(Http.body(
                "gebruikersnaam", "nieuwe.collega", "naam", "Nieuwe collega", "rollen", List.of("ANALYST"),
                "buurten", List.of(), "wachtwoord", "veertien teken")), "Authorization", admin,
                "Content-Type", "application/json");
        assertThat(tooShort.json().get("detail").asString()).contains("at least 15 characters");
    }

    @Test
    void aUserWhoPicksALeakedPasswordIsToldWhyInDutch() {
        createAccount.createAccount(Actor.system(), new CreateAccountCommand("wachtwoord.eigen", "Eigen wachtwoord",
                List.of("ANALYST"), List.of(), "het eerste lange wachtwoord"));
        StaffSession session = new StaffSession(http()).signIn("wachtwoord.eigen", "het eerste lange wachtwoord",
                "X-Forwarded-For", "10.9.9.1");
        session.get("/account/wachtwoord");
        Http.Response refused = session.post("/account/wachtwoord", "currentPassword="
                + encode("het eerste lange wachtwoord") + "&newPassword=" + LEAKED);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Dit wachtwoord staat op een lijst van veelgebruikte of uitgelekte "
                + "wachtwoorden");

        // a long pass phrase (more than BCrypt's 72 bytes) is welcome and works
        String phrase = "op een zonnige ochtend fietst de wijkagent langs de Maas naar het buurthuis in Malberg";
        session.get("/account/wachtwoord");
        Http.Response changed = session.post("/account/wachtwoord", "currentPassword="
                + encode("het eerste lange wachtwoord") + "&newPassword=" + encode(phrase));
        assertThat(changed.status()).as(changed.body()).isEqualTo(302);
        assertThat(new StaffSession(http()).signIn("wachtwoord.eigen", phrase, "X-Forwarded-For", "10.9.9.2")
                .signedIn()).isTrue();
        assertThat(new StaffSession(http()).signIn("wachtwoord.eigen", phrase.substring(0, 80), "X-Forwarded-For",
                "10.9.9.2").signedIn()).as("every character counts, past 72 bytes too").isFalse();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
