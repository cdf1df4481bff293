package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A poll from both sides in the browser: the coordinator opens a round after an incident, the key person follows the
 * link from the mail (delivered by SMTP into GreenMail) without signing in, is stopped for a phone number in the
 * remark, answers, and the coordinator sees the response rise; the link used again says it was answered.
 */
class PollJourneyBrowserTest extends MailingApplication {

    private static final String PASSWORD = "een wachtwoord voor de peilingen";
    private static final String BINNENSTAD = "BU09350000";

    @Autowired
    private RegisterKeyPersonUseCase register;
    @Autowired
    private RecordLegalBasisUseCase recordBasis;
    @Autowired
    private ChangeKeyPersonStatusUseCase changeStatus;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        Actor coordinator = createAccount.createAccount(Actor.system(), new CreateAccountCommand("regisseur.browser",
                "Regisseur", List.of("COORDINATOR"), List.of(), PASSWORD)).asActor();
        active(coordinator, "Els Test", "els.test@example.org");
        active(coordinator, "Fred Test", null);
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theCoordinatorOpensARoundTheKeyPersonAnswersByLinkAndTheResponseRises() {
        browser.signIn("regisseur.browser", PASSWORD);
        browser.submit("nav.menu a[href='/peilingen']");
        browser.assertAccessible("peilingen");
        browser.submit("a[href='/peilingen/nieuw']");
        new Select(browser.find("#neighbourhoods")).selectByVisibleText("Binnenstad");
        browser.find("#thema-wij-zij").click();
        browser.find("#thema-religie").click();
        browser.find("#openNow").click();
        browser.find("#occasion").sendKeys("na incident op de markt");
        browser.assertAccessible("nieuwe peilingronde");
        browser.screenshot("20-nieuwe-peilingronde");
        browser.submit("#peiling-formulier button[type=submit]");

        assertThat(browser.text("[role=status]")).contains("geopend");
        assertThat(browser.text("#respons")).isEqualTo("0 van de 1 uitgenodigde sleutelpersonen hebben geantwoord (0%).");
        assertThat(browser.text("#niet-uitgenodigd")).contains("Fred Test").contains("Geen e-mailadres");
        assertThat(browser.text("#uitnodigingen")).contains("Els Test").contains("verstuurd");
        browser.assertAccessible("peilingronde");
        String roundPage = browser.driver().getCurrentUrl();

        browser.submit("form[action='/uitloggen'] button");
        String link = linkIn("els.test@example.org", 1);
        assertThat(text(mailsTo("els.test@example.org").get(0))).as("the occasion stays inside")
                .doesNotContain("markt").contains("U kunt antwoorden tot en met ");

        browser.open(link);
        assertThat(browser.text("h1")).isEqualTo("Hoe is de sfeer in uw buurt?");
        assertThat(browser.all("nav.menu")).as("no staff menu for a key person").isEmpty();
        assertThat(browser.text("#sluit")).startsWith("U kunt antwoorden tot en met ");
        browser.assertAccessible("peiling");
        browser.find("#cijfer-wij-zij-3").click();
        browser.find("#remark").sendKeys("Bel me op 06-12345678 als het weer misgaat");
        browser.submit("#peiling-antwoord button[type=submit]");
        assertThat(browser.text("#foutsamenvatting")).contains("Uw opmerking bevat een telefoonnummer");
        assertThat(browser.find("#remark").getAttribute("value")).as("what was typed is kept")
                .isEqualTo("Bel me op 06-12345678 als het weer misgaat");
        assertThat(browser.find("#cijfer-wij-zij-3").isSelected()).isTrue();
        browser.assertAccessible("peiling met fout");
        browser.screenshot("21-peiling-met-fout");

        browser.find("#remark").clear();
        browser.find("#remark").sendKeys("Onrustig rond de markt, maar het zakt");
        browser.find("#cijfer-religie-8").click();
        browser.submit("#peiling-antwoord button[type=submit]");
        assertThat(browser.text("#bedankt")).isEqualTo("Uw antwoord is ontvangen.");
        browser.assertAccessible("bedankt");

        browser.open(link);
        assertThat(browser.text("h1")).isEqualTo("U heeft al geantwoord");
        browser.assertAccessible("al beantwoord");
        browser.screenshot("22-al-beantwoord");

        browser.signIn("regisseur.browser", PASSWORD);
        browser.open(roundPage.substring(roundPage.indexOf("/peilingen/")).replaceAll("\\?.*", ""));
        assertThat(browser.text("#respons")).isEqualTo("1 van de 1 uitgenodigde sleutelpersonen hebben geantwoord "
                + "(100%).");
        assertThat(browser.text("#respons-per-buurt tr[data-buurt='" + BINNENSTAD + "']")).endsWith("100%");
        assertThat(browser.text("#antwoorden tr[data-buurt='" + BINNENSTAD + "'][data-thema='wij-zij'] .gemiddelde"))
                .isEqualTo("3,0");
        assertThat(browser.text("#antwoorden tr[data-buurt='" + BINNENSTAD + "'][data-thema='religie'] .gemiddelde"))
                .isEqualTo("8,0");
        assertThat(browser.text("#opmerkingen")).contains("Onrustig rond de markt, maar het zakt");
        assertThat(browser.text("#periode")).contains(" tot en met ");
        browser.assertAccessible("peilingronde met antwoorden");
        browser.open("/peilingen");
        assertThat(browser.text("#peilingrondes")).contains("Binnenstad").contains("1 van 1 (100%)");
        browser.screenshot("23-peilingronde");
    }

    private KeyPerson active(Actor actor, String name, String email) {
        KeyPerson candidate = register.registerKeyPerson(actor, new RegisterKeyPersonCommand(name, email, null,
                List.of(BINNENSTAD), List.of("ondernemers op de markt"), List.of("wij-zij"), List.of("nl"), null,
                null, null, null, null, null));
        KeyPerson withBasis = recordBasis.recordLegalBasis(actor, candidate.id().value(), new LegalBasisInput(
                "CONSENT", LocalDate.of(2026, 1, 15), List.of("NETWORK_CONTACT", "POLLS"), "getekend formulier", null),
                candidate.version());
        return changeStatus.changeStatus(actor, new ChangeStatusCommand(withBasis.id().value(), "ACTIVE",
                "Kennismaking", withBasis.version()));
    }
}
