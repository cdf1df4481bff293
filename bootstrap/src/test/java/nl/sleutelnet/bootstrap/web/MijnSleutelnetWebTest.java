package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data subject's rights over HTTP: the coordinator's art. 15 download and the personal link, and how a key
 * person's link becomes a self-service cookie of its own, never a staff session, with nothing personal in the URL.
 */
class MijnSleutelnetWebTest extends MailingApplication {

    private static final Pattern LINK = Pattern.compile("/mijn-sleutelnet/([A-Za-z0-9_-]{43})");

    @Autowired
    private RegisterKeyPersonUseCase register;
    @Autowired
    private RecordLegalBasisUseCase recordBasis;
    @Autowired
    private ChangeKeyPersonStatusUseCase changeStatus;

    @Test
    void theCoordinatorDownloadsEverythingHeldOnAKeyPersonAndSendsTheLinkOtherRolesCannot() {
        String coordinator = "Bearer " + tokenFor("regisseur.inzage", "COORDINATOR");
        KeyPerson gijs = active("Gijs Inzage", "gijs.inzage@example.org");

        Http.Response download = http().get("/api/v1/sleutelpersonen/" + gijs.id() + "/inzage",
                "Authorization", coordinator);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"inzage-")
                .doesNotContain("Gijs");
        assertThat(download.header("Cache-Control")).isEqualTo("no-store");
        JsonNode body = download.json();
        assertThat(body.get("gegevens").get("naam").asText()).isEqualTo("Gijs Inzage");
        assertThat(body.get("gegevens").get("grondslag").get("grond").asText()).isEqualTo("CONSENT");
        assertThat(body.get("verwerkingen").isArray()).isTrue();

        for (String other : List.of("Bearer " + tokenFor("analist.inzage", "ANALYST"),
                "Bearer " + tokenFor("beheer.inzage", "ADMIN"))) {
            assertThat(http().get("/api/v1/sleutelpersonen/" + gijs.id() + "/inzage", "Authorization", other)
                    .status()).isEqualTo(403);
        }

        Http.Response sent = http().send("POST", "/api/v1/sleutelpersonen/" + gijs.id() + "/persoonlijke-link", null,
                "Authorization", coordinator);
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().get("geldigTot").asText()).isNotBlank();
        assertThat(sent.body()).doesNotContain("mijn-sleutelnet");
        assertThat(linkIn("gijs.inzage@example.org")).matches(LINK);
    }

    @Test
    void theLinkIsKeptInACookieOfItsOwnAndTheAddressBarIsCleanedNoStaffSessionIsMade() {
        String coordinator = "Bearer " + tokenFor("regisseur.cookie", "COORDINATOR");
        KeyPerson hanna = active("Hanna Cookie", "hanna.cookie@example.org");
        http().send("POST", "/api/v1/sleutelpersonen/" + hanna.id() + "/persoonlijke-link", null,
                "Authorization", coordinator);
        String link = linkIn("hanna.cookie@example.org");
        Matcher token = LINK.matcher(link);
        assertThat(token.find()).isTrue();

        Http.Response opened = http().get(link);
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.header("Location")).endsWith("/mijn-sleutelnet");
        List<String> cookies = opened.raw().headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("SLEUTELNET_MIJN=" + token.group(1))
                .contains("Path=/mijn-sleutelnet").contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age="));
        assertThat(cookies).noneMatch(c -> c.startsWith("JSESSIONID") || c.startsWith("SESSION"));

        String cookie = "SLEUTELNET_MIJN=" + token.group(1);
        Http.Response page = http().get("/mijn-sleutelnet", "Cookie", cookie);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Hanna Cookie").contains("hanna.cookie@example.org");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");

        assertThat(http().get("/api/v1/sleutelpersonen/" + hanna.id() + "/inzage", "Cookie", cookie).status())
                .as("the self-service cookie is no key to the staff API").isEqualTo(401);
        assertThat(http().get("/sleutelpersonen/" + hanna.id(), "Cookie", cookie).status())
                .as("nor to the staff pages").isEqualTo(302);
        Http.Response json = http().get("/mijn-sleutelnet/inzage.json", "Cookie", cookie);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("gegevens").get("naam").asText()).isEqualTo("Hanna Cookie");
    }

    @Test
    void leavingErasesTheKeyPersonAtOnceAndTheLinkThenTellsTheyAreGone() {
        String coordinator = "Bearer " + tokenFor("regisseur.stoppen", "COORDINATOR");
        KeyPerson ilse = active("Ilse Vertrekt", "ilse.vertrekt@example.org");
        http().send("POST", "/api/v1/sleutelpersonen/" + ilse.id() + "/persoonlijke-link", null,
                "Authorization", coordinator);
        Matcher token = LINK.matcher(linkIn("ilse.vertrekt@example.org"));
        assertThat(token.find()).isTrue();
        List<String> cookies = new java.util.ArrayList<>(List.of("SLEUTELNET_MIJN=" + token.group(1)));

        Http.Response confirm = http().get("/mijn-sleutelnet/stoppen", "Cookie", String.join("; ", cookies));
        assertThat(confirm.status()).isEqualTo(200);
        confirm.raw().headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
                .filter(c -> !c.endsWith("=")).forEach(cookies::add);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(confirm.body());
        assertThat(csrf.find()).isTrue();
        Http.Response left = http().send("POST", "/mijn-sleutelnet/stoppen", "_csrf=" + csrf.group(1),
                "Cookie", String.join("; ", cookies), "Content-Type", "application/x-www-form-urlencoded");

        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(left.body()).contains("Uw gegevens zijn verwijderd");
        assertThat(left.raw().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("SLEUTELNET_MIJN=;"));
        Http.Response record = http().get("/api/v1/sleutelpersonen/" + ilse.id(), "Authorization", coordinator);
        assertThat(record.body()).doesNotContain("Ilse").doesNotContain("ilse.vertrekt@example.org")
                .doesNotContain("06 12312312");
        assertThat(http().get("/mijn-sleutelnet", "Cookie", "SLEUTELNET_MIJN=" + token.group(1)).body())
                .as("the link is gone with the person").doesNotContain("Ilse");
    }

    @Test
    void deadLinksGetAClearPageAndAskingForALinkAlwaysAnswersTheSame() {
        Http.Response unknown = http().get("/mijn-sleutelnet/" + "A".repeat(43));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Deze link kennen we niet");
        assertThat(http().get("/mijn-sleutelnet").body()).as("without a link: the page to ask for one")
                .contains("Link naar Mijn Sleutelnet aanvragen");
        assertThat(http().get("/mijn-sleutelnet/inzage.json", "Cookie", "SLEUTELNET_MIJN=" + "B".repeat(43))
                .status()).isEqualTo(410);
    }

    private static String linkIn(String address) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (mailsTo(address).isEmpty() && Instant.now().isBefore(until)) {
            MAILBOX.waitForIncomingEmail(200, MAILBOX.getReceivedMessages().length + 1);
        }
        var mails = mailsTo(address);
        assertThat(mails).isNotEmpty();
        Matcher link = LINK.matcher(text(mails.get(mails.size() - 1)));
        assertThat(link.find()).isTrue();
        return link.group();
    }

    private KeyPerson active(String name, String email) {
        Actor coordinator = account("regisseur.inzage.setup").asActor();
        KeyPerson candidate = register.registerKeyPerson(coordinator, new RegisterKeyPersonCommand(name, email,
                "06 12312312", List.of("BU09350000"), List.of("buren"), List.of("wij-zij"), List.of("nl"), null, null,
                null, null, null, null));
        // no consent for polls: other tests on this shared application count the invitations of their rounds
        KeyPerson withBasis = recordBasis.recordLegalBasis(coordinator, candidate.id().value(), new LegalBasisInput(
                "CONSENT", LocalDate.of(2026, 1, 15), List.of("NETWORK_CONTACT", "SIGNALS"),
                "getekend formulier", null), candidate.version());
        return changeStatus.changeStatus(coordinator, new ChangeStatusCommand(withBasis.id().value(), "ACTIVE",
                "Kennismaking", withBasis.version()));
    }

    @Override
    protected nl.sleutelnet.domain.account.Account account(String username) {
        if (listAccounts.listAccounts(Actor.system()).stream().noneMatch(a -> a.username().value().equals(username))) {
            tokenFor(username, "COORDINATOR");
        }
        return super.account(username);
    }
}
