package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A key person's journey through "Mijn Sleutelnet" in a real browser (headless Chromium, axe on every page): the
 * coordinator sends the link, the mail (SMTP into GreenMail) holds it, the key person opens it, sees their data,
 * corrects their phone number, reports a signal (refused with a phone number in it, accepted without), sees it among
 * their own signals, withdraws consent, and the link then shows but changes nothing.
 */
class SelfServiceJourneyBrowserTest extends MailingApplication {

    private static final String PASSWORD = "een wachtwoord voor mijn sleutelnet";
    private static final Pattern LINK = Pattern.compile("/mijn-sleutelnet/[A-Za-z0-9_-]{43}");

    @Autowired
    private RegisterKeyPersonUseCase register;
    @Autowired
    private RecordLegalBasisUseCase recordBasis;
    @Autowired
    private ChangeKeyPersonStatusUseCase changeStatus;

    private Browser browser;
    private KeyPerson karin;

    @BeforeEach
    void openBrowser() {
        Actor coordinator = createAccount.createAccount(Actor.system(), new CreateAccountCommand("regisseur.mijn",
                "Regisseur", List.of("COORDINATOR"), List.of(), PASSWORD)).asActor();
        KeyPerson candidate = register.registerKeyPerson(coordinator, new RegisterKeyPersonCommand("Karin Test",
                "karin.test@example.org", "06 12121212", List.of("BU09350000"), List.of("ouders op school"),
                List.of("wij-zij"), List.of("nl"), null, "Kent veel ouders", null, null, null, null));
        // no consent for polls: other tests on this shared application count the invitations of their rounds
        KeyPerson withBasis = recordBasis.recordLegalBasis(coordinator, candidate.id().value(), new LegalBasisInput(
                "CONSENT", LocalDate.of(2026, 1, 15), List.of("NETWORK_CONTACT", "SIGNALS"),
                "getekend formulier", null), candidate.version());
        karin = changeStatus.changeStatus(coordinator, new ChangeStatusCommand(withBasis.id().value(), "ACTIVE",
                "Kennismaking", withBasis.version()));
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aKeyPersonSeesCorrectsReportsAndWithdrawsThroughTheirPersonalLink() {
        browser.signIn("regisseur.mijn", PASSWORD);
        browser.open("/sleutelpersonen/" + karin.id());
        browser.submit("#link-sturen");
        assertThat(browser.text("[role=status]")).contains("De link naar Mijn Sleutelnet is gemaild");
        browser.assertAccessible("profiel met rechten");
        browser.submit("form[action='/uitloggen'] button");

        browser.open(linkIn("karin.test@example.org"));
        assertThat(browser.driver().getCurrentUrl()).as("the token leaves the address bar").endsWith("/mijn-sleutelnet");
        assertThat(browser.text("h1")).isEqualTo("Mijn Sleutelnet");
        assertThat(browser.all("nav.menu")).as("no staff menu").isEmpty();
        assertThat(browser.text("#inzage-naam")).isEqualTo("Karin Test");
        assertThat(browser.text("#inzage-telefoon")).isEqualTo("06 12121212");
        assertThat(browser.text("#inzage-grondslag-gegevens")).contains("Toestemming").contains("getekend formulier");
        browser.assertAccessible("mijn sleutelnet");
        browser.screenshot("60-mijn-sleutelnet");

        browser.find("#phone").clear();
        browser.find("#phone").sendKeys("06 34343434");
        browser.submit("#gegevens-opslaan");
        assertThat(browser.text("#melding")).isEqualTo("Uw gegevens zijn verbeterd.");
        assertThat(browser.text("#inzage-telefoon")).isEqualTo("06 34343434");

        browser.submit("#naar-melden");
        browser.find("#thema-wij-zij").click();
        browser.find("#intensiteit-2").click();
        browser.find("#description").sendKeys("Onrust bij de school, bel mij op 06-12345678");
        browser.submit("#melding-versturen");
        assertThat(browser.text("#foutsamenvatting")).contains("Omschrijving");
        assertThat(browser.text("#description-gevonden")).contains("06-12345678");
        assertThat(browser.find("#description").getAttribute("value")).as("what was typed is kept")
                .isEqualTo("Onrust bij de school, bel mij op 06-12345678");
        browser.assertAccessible("melden met fout");
        browser.screenshot("61-melden-met-fout");
        browser.find("#description").clear();
        browser.find("#description").sendKeys("Onrust bij de school tussen ouders over de nieuwe opvang");
        browser.submit("#melding-versturen");
        assertThat(browser.text("#melding")).contains("Uw melding is ontvangen");
        assertThat(browser.text("#eigen-signalen")).contains("Onrust bij de school tussen ouders").contains("Ontvangen");

        browser.find("#intrekken summary").click();
        browser.submit("#toestemming-intrekken");
        assertThat(browser.text("#melding")).contains("Uw toestemming is ingetrokken");
        assertThat(browser.text("#inzage-status")).isEqualTo("Vertrokken");
        assertThat(browser.text("#inzage-ingetrokken")).isNotBlank();
        assertThat(browser.text("#alleen-inzien")).contains("niets meer wijzigen");
        assertThat(browser.all("#gegevens-formulier")).as("the link no longer changes anything").isEmpty();
        assertThat(browser.all("#naar-melden")).isEmpty();
        browser.assertAccessible("na intrekken");
        browser.screenshot("62-na-intrekken");

        browser.open("/mijn-sleutelnet/melden");
        assertThat(browser.text("#foutsamenvatting")).contains("U bent gestopt als sleutelpersoon");
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
}
