package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.domain.access.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * The signal cycle in the browser: staff report a signal with a phone number in it and are stopped, report it
 * clean, a professional of the buurt assesses it, the buurt's colour on the temperature map changes and the
 * explanation lists the signal, and the reporter follows it by its tracking code without signing in. Its own
 * application context, so the inbox and the map hold only this journey's signal.
 */
@TestPropertySource(properties = "sleutelnet.test.isolated=signal-journey")
class SignalJourneyBrowserTest extends RunningApplication {

    private static final String COORDINATOR_PASSWORD = "een wachtwoord voor de regisseur";
    private static final String PROFESSIONAL_PASSWORD = "een wachtwoord voor de wijkagent";
    private static final String MALBERG = "BU09350207";

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
        createAccount.createAccount(Actor.system(), new CreateAccountCommand("regisseur", "Regisseur Maas",
                List.of("COORDINATOR"), List.of(), COORDINATOR_PASSWORD));
        createAccount.createAccount(Actor.system(), new CreateAccountCommand("wijkagent", "Wijkagent Malberg",
                List.of("PROFESSIONAL"), List.of("BU09350207"), PROFESSIONAL_PASSWORD));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aPhoneNumberIsStoppedTheCleanReportIsAssessedAndTheReporterFollowsIt() {
        browser.signIn("regisseur", COORDINATOR_PASSWORD);
        browser.open("/signalen");
        assertThat(browser.text("#resultaten")).contains("Geen signalen");
        browser.submit("a[href='/signalen/nieuw']");
        browser.assertAccessible("signaal melden");
        new Select(browser.find("#neighbourhoods")).selectByVisibleText("Malberg");
        browser.find("#thema-wij-zij").click();
        browser.find("#intensiteit-5").click();
        String withPhone = "Ruzie bij het winkelcentrum over de nieuwe opvang; de beheerder weet meer, bel 06-12345678";
        browser.find("#description").sendKeys(withPhone);
        browser.submit("form.formulier button[type=submit]");

        assertThat(browser.text("#foutsamenvatting")).contains("Omschrijving: Deze tekst bevat persoonsgegevens");
        assertThat(browser.text("#description-gevonden")).contains("een telefoonnummer: 06-12345678 (vanaf teken "
                + (withPhone.indexOf("06-") + 1) + ")");
        assertThat(browser.find("#description").getAttribute("value")).as("what was typed is kept")
                .isEqualTo(withPhone);
        assertThat(browser.find("#intensiteit-5").isSelected()).isTrue();
        browser.assertAccessible("signaal met telefoonnummer");
        browser.screenshot("30-signaal-gestopt");

        browser.find("#description").clear();
        browser.find("#description").sendKeys("Ruzie bij het winkelcentrum over de nieuwe opvang; jongeren en "
                + "omwonenden staan tegenover elkaar");
        browser.submit("form.formulier button[type=submit]");
        String confirmation = browser.text("[role=status]");
        assertThat(confirmation).startsWith("Het signaal is ontvangen. Geef de melder de volgcode");
        String code = browser.text("#samenvatting code");
        assertThat(confirmation).contains(code);
        assertThat(browser.text("#samenvatting")).contains("Ontvangen").contains("Malberg")
                .contains("5 – dreiging of geweld").contains("Regisseur Maas");
        browser.assertAccessible("signaal");
        browser.screenshot("31-signaal-ontvangen");

        // hand it to the wijkagent of Malberg
        new Select(browser.find("#assignee")).selectByVisibleText("Wijkagent Malberg");
        browser.submit("#toewijzen button");
        assertThat(browser.text("#samenvatting")).contains("Wijkagent Malberg");
        browser.submit(browser.find("form.inline button"));

        browser.signIn("wijkagent", PROFESSIONAL_PASSWORD);
        // not yet assessed, the signal counts at the weight of an unknown reliability: 5 × 0.5 × 0.5 (one source)
        browser.open("/temperatuur?thema=wij-zij");
        Browser.MapColour before = browser.mapColour(MALBERG);
        assertThat(before.level()).isEqualTo("CALM");
        assertThat(before.drawn()).isEqualTo(before.levelColour());
        assertThat(browser.text("tr[data-buurt=" + MALBERG + "]")).contains("1,2");

        browser.open("/signalen?behandelaar=");
        assertThat(browser.all("tr[data-signaal]")).hasSize(1);
        browser.submit("tr[data-signaal] a");
        String signal = browser.driver().getCurrentUrl().replaceAll(".*/signalen/", "");
        browser.submit("#beoordelen button");
        assertThat(browser.text("#foutsamenvatting")).contains("Betrouwbaarheid").contains("Toelichting");
        browser.find("#betrouwbaarheid-HIGH").click();
        browser.find("#beoordelen textarea").sendKeys("Bevestigd tijdens de ronde; het jongerenwerk gaat praten");
        browser.submit("#beoordelen button");
        assertThat(browser.text("[role=status]")).isEqualTo("Het signaal is beoordeeld.");
        assertThat(browser.text("#beoordeling")).contains("Hoog").contains("Bevestigd tijdens de ronde")
                .contains("Wijkagent Malberg");
        assertThat(browser.text("#historie")).contains("Gemeld").contains("Toegewezen").contains("Beoordeeld");
        browser.assertAccessible("beoordeeld signaal");
        browser.screenshot("33-signaal-beoordeeld");

        // assessed as reliable, it counts 5 × 1.0 × 0.5: Malberg turns tense on the map
        browser.open("/temperatuur?thema=wij-zij");
        Browser.MapColour after = browser.mapColour(MALBERG);
        assertThat(after.level()).isEqualTo("TENSE");
        assertThat(after.drawn()).as("Malberg in the tense colour").isEqualTo(after.levelColour())
                .isNotEqualTo(before.drawn());
        assertThat(browser.text("tr[data-buurt=" + MALBERG + "]")).contains("gespannen").contains("2,5");
        browser.screenshot("34-kaart-na-beoordeling");
        browser.open(after.url());
        assertThat(browser.text("h1")).isEqualTo("Malberg: Wij-zij-denken");
        assertThat(browser.all("#signalen tbody tr")).hasSize(1);
        assertThat(browser.text("tr[data-signaal='" + signal + "']")).contains("Ruzie bij het winkelcentrum")
                .contains("1,0 (hoog)").contains("0,500 (1 bron)");
        browser.assertAccessible("uitleg na beoordeling");
        browser.submit(browser.find("form.inline button"));

        browser.open("/melding/status");
        browser.find("#code").sendKeys(code.toLowerCase().replace("-", ""));
        browser.submit("form.formulier button[type=submit]");
        assertThat(browser.text("[role=status]")).contains("Beoordeeld: de gemeente heeft de melding bekeken")
                .doesNotContain("Bevestigd");
        browser.assertAccessible("melding volgen");
        browser.screenshot("35-melding-volgen");
    }
}
