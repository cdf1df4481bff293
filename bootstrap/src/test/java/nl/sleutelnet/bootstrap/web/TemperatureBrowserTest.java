package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.signal.Signal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The coordinator's view of the temperature in the browser: after signals are reported and assessed through the use
 * cases, the map shows Malberg in the escalating colour, its page lists the signals behind the figure with a trend
 * chart, and the alerts can be marked as seen. An axe scan on every page. Its own application context.
 */
@TestPropertySource(properties = "sleutelnet.test.isolated=temperature-browser")
class TemperatureBrowserTest extends RunningApplication {

    private static final String MALBERG = "BU09350207";
    private static final String PASSWORD = "een wachtwoord voor de regisseur";

    @Autowired
    ReportSignalUseCase report;
    @Autowired
    HandleSignalUseCase handle;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theMapShowsTheEscalatedBuurtAndItsPageListsTheSignals() {
        Account coordinator = createAccount.createAccount(Actor.system(), new CreateAccountCommand("regisseur",
                "Regisseur", List.of("COORDINATOR"), List.of(), PASSWORD, "regisseur@maastricht.nl"));
        List<Signal> signals = new ArrayList<>();
        for (String description : List.of("Leuzen op de muur van het buurthuis", "Ruzie tussen groepen jongeren",
                "Oproep op sociale media om te verzamelen", "Bekladde auto's in de straat")) {
            Signal reported = report.reportSignal(coordinator.asActor(), new ReportSignalCommand(null, null, null,
                    "OWN_OBSERVATION", List.of(MALBERG), List.of("wij-zij"), 5, description, null, null));
            signals.add(handle.handleSignal(coordinator.asActor(), new HandleSignalCommand(reported.id().value(),
                    "ASSESS", "HIGH", "Bevestigd in het buurtoverleg", null, null, reported.version())));
        }

        browser.signIn("regisseur", PASSWORD);
        assertThat(browser.text("#menu-waarschuwingen")).as("the badge counts the open alerts")
                .contains("Waarschuwingen").contains("3");
        browser.open("/temperatuur?thema=wij-zij");
        assertThat(browser.text("h1")).isEqualTo("Temperatuur");
        browser.waitFor(d -> "44".equals(browser.find("#kaart").getAttribute("data-getekend")));
        Browser.MapColour malberg = browser.mapColour(MALBERG);
        assertThat(malberg.drawn()).as("Malberg in the escalating colour").isEqualTo(malberg.levelColour());
        assertThat(malberg.drawn()).isNotEqualTo(browser.mapColour("BU09350101").drawn());
        assertThat(malberg.url()).as("a click opens its page").isEqualTo("/temperatuur/" + MALBERG + "/wij-zij");
        assertThat(browser.find("tr[data-buurt=" + MALBERG + "]").getAttribute("data-niveau")).isEqualTo("ESCALATING");
        assertThat(browser.text("tr[data-buurt=" + MALBERG + "]")).contains("Malberg").contains("escalerend")
                .contains("stijgend");
        assertThat(browser.all("#buurten-temperatuur tbody tr")).hasSize(44);
        assertThat(browser.all("#buurten-temperatuur tbody tr").get(0).getText()).as("hottest first")
                .startsWith("Malberg");
        assertThat(browser.text("#legenda")).contains("rustig (onder 2,0)").contains("escalerend (9,0 of meer)");
        assertThat(browser.text("tr[data-wijk=WK093502]")).contains("escalerend").contains("Malberg");
        assertThat(browser.text("#stad")).contains("Hele stad").contains("escalerend");
        assertThat(new Select(browser.find("#thema")).getFirstSelectedOption().getText())
                .isEqualTo("Wij-zij-denken (escalerend)");
        browser.assertAccessible("temperatuur");
        browser.screenshot("20-temperatuur");

        browser.open("/temperatuur");
        assertThat(new Select(browser.find("#thema")).getFirstSelectedOption().getText())
                .as("without a choice the hottest theme").isEqualTo("Wij-zij-denken (escalerend)");

        browser.submit("tr[data-buurt=" + MALBERG + "] a");
        assertThat(browser.text("h1")).isEqualTo("Malberg: Wij-zij-denken");
        assertThat(browser.text("#cijfers")).contains("escalerend").contains("10,00").contains("stijgend")
                .contains("hoog (4 bronnen)");
        assertThat(browser.all("#signalen tbody tr")).hasSize(4);
        assertThat(browser.text("#signalen")).contains("Leuzen op de muur van het buurthuis").contains("Beoordeeld")
                .contains("1,0 (hoog)").contains("0,500 (1 bron)");
        assertThat(browser.find("tr[data-signaal='" + signals.get(0).id() + "'] a").getAttribute("href"))
                .endsWith("/signalen/" + signals.get(0).id());
        assertThat(browser.text("#totaal")).startsWith("Signalen 10,00").contains("peilingen 0,00");
        browser.waitFor(d -> "90".equals(browser.find("#trend").getAttribute("data-getekend")));
        browser.assertAccessible("temperatuur van een buurt");
        browser.screenshot("21-temperatuur-buurt");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('uitleg-kop').scrollIntoView()");
        browser.screenshot("21b-temperatuur-uitleg");

        browser.open("/temperatuur/waarschuwingen");
        assertThat(browser.all("#waarschuwingen tbody tr")).hasSize(3);
        assertThat(browser.text("#waarschuwingen")).contains("Malberg").contains("verhit").contains("escalerend");
        browser.assertAccessible("waarschuwingen");
        browser.submit("#waarschuwingen tbody tr button");
        assertThat(browser.text("[role=status]")).contains("als gezien gemarkeerd");
        assertThat(browser.text("#waarschuwingen")).contains("Gezien op").contains("door Regisseur");
        assertThat(browser.text("#menu-waarschuwingen")).contains("2");
        browser.screenshot("22-waarschuwingen");
    }

    @Test
    void theAdministratorGivesACoordinatorAWorkAddress() {
        Account coordinator = createAccount.createAccount(Actor.system(), new CreateAccountCommand("regisseur2",
                "Tweede regisseur", List.of("COORDINATOR"), List.of(), PASSWORD));
        browser.signIn("beheerder", ADMIN_PASSWORD);
        browser.open("/beheer/gebruikers/" + coordinator.id());
        browser.find("#email").sendKeys("regisseur-maastricht.nl");
        browser.submit("form.formulier button[type=submit]");
        assertThat(browser.text("#foutsamenvatting")).contains("Dit is geen e-mailadres");
        assertThat(browser.find("#email").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible("gebruiker met fout in e-mailadres");
        browser.find("#email").clear();
        browser.find("#email").sendKeys("regisseur2@maastricht.nl");
        browser.submit("form.formulier button[type=submit]");
        assertThat(browser.text("[role=status]")).contains("opgeslagen");
        assertThat(browser.find("#email").getAttribute("value")).isEqualTo("regisseur2@maastricht.nl");
    }
}
