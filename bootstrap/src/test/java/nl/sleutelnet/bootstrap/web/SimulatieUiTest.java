package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.domain.access.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The "wat als" page over HTTP, as a browser without JavaScript meets it: the form per wijk, a refusal shown next to
 * the form, a run in the background polled by htmx until the page is reloaded with the comparison as tables (the
 * chart is drawn from the same table), and no page for a professional.
 */
@TestPropertySource(properties = "sleutelnet.test.isolated=simulatie-ui")
class SimulatieUiTest extends RunningApplication {

    private static final String PASSWORD = "een wachtwoord voor de simulatietest";

    private StaffSession signedIn(String username, String role) {
        if (listAccounts.listAccounts(Actor.system()).stream().noneMatch(a -> a.username().value().equals(username))) {
            createAccount.createAccount(Actor.system(), new CreateAccountCommand(username, "Test " + username,
                    List.of(role), List.of(), PASSWORD));
        }
        StaffSession session = new StaffSession(http()).signIn(username, PASSWORD);
        assertThat(session.signedIn()).isTrue();
        return session;
    }

    @Test
    void anAnalystRunsAWhatIfAndSeesTheComparison() throws InterruptedException {
        StaffSession analyst = signedIn("simulatie.analist", "ANALYST");
        Http.Response form = analyst.get("/simulatie");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Wat als? Het netwerk gesimuleerd").contains("id=\"wijk-WK093502\"")
                .contains("href=\"/simulatie\"");

        Http.Response refused = analyst.post("/simulatie", "wijk-WK093502=&seeds=1&years=1");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Geef bij minstens een wijk aan hoeveel sleutelpersonen");

        Http.Response started = analyst.post("/simulatie", "wijk-WK093502=-2&wijk-WK093505=3&seeds=1&years=1");
        assertThat(started.status()).isEqualTo(302);
        String page = started.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(page).matches("/simulatie/[0-9a-f-]{36}");
        Http.Response running = analyst.get(page);
        assertThat(running.body()).contains("3 sleutelpersonen meer").contains("2 sleutelpersonen minder");

        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Http.Response progress = analyst.get(page + "/voortgang", "HX-Request", "true");
        while (progress.header("HX-Refresh") == null && System.nanoTime() < until) {
            assertThat(progress.body()).contains("hx-trigger=\"every 2s\"").contains("<progress");
            Thread.sleep(500);
            progress = analyst.get(page + "/voortgang", "HX-Request", "true");
        }
        assertThat(progress.header("HX-Refresh")).isEqualTo("true");

        Http.Response done = analyst.get(page);
        assertThat(done.body()).contains("id=\"per-wijk\"").contains("id=\"stad\"").contains("Dagen ongezien")
                .contains("data-wijk=\"Wijk 02 Buitenwijk West\"").contains("id=\"grafiek-ongezien\"").contains("/js/simulatie.js")
                .doesNotContain("hx-trigger=\"every 2s\"");
    }

    @Test
    void aProfessionalHasNoWhatIfPage() {
        StaffSession professional = signedIn("simulatie.professional", "PROFESSIONAL");
        assertThat(professional.get("/").body()).doesNotContain("href=\"/simulatie\"");
        assertThat(professional.get("/simulatie").status()).isEqualTo(403);
    }
}
