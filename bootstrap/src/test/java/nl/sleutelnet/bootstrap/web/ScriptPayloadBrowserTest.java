package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.signal.Signal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Script payloads stored as text (a signal's description, a key person's name) render as text in a real browser:
 * the literal characters are on the page and nothing of them runs. The page's content security policy would block
 * an inline script anyway; this checks the escaping itself, since the payload must show as written.
 */
@TestPropertySource(properties = "sleutelnet.test.isolated=script-payload-browser")
class ScriptPayloadBrowserTest extends RunningApplication {

    private static final String MALBERG = "BU09350207";
    private static final String PASSWORD = "een wachtwoord voor de regisseur";
    private static final String SCRIPT = "<script>window.__xss='script'</script>";
    private static final String IMAGE = "<img src=x onerror=\"window.__xss='img'\">";

    @Autowired
    ReportSignalUseCase report;
    @Autowired
    RegisterKeyPersonUseCase register;

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
    void storedScriptPayloadsShowAsTextAndDoNotRun() {
        Actor coordinator = createAccount.createAccount(Actor.system(), new CreateAccountCommand("regisseur",
                "Regisseur", List.of("COORDINATOR"), List.of(), PASSWORD, "regisseur@maastricht.nl")).asActor();
        Signal signal = report.reportSignal(coordinator, new ReportSignalCommand(null, null, null, "OWN_OBSERVATION",
                List.of(MALBERG), List.of("wij-zij"), 4, "Leuzen " + SCRIPT + " op de muur " + IMAGE, null, null));
        KeyPerson person = register.registerKeyPerson(coordinator, new RegisterKeyPersonCommand("Anna " + IMAGE,
                null, null, List.of(MALBERG), List.of(), List.of("wij-zij"), List.of("nl"), null, null, null, null,
                null, null));

        browser.signIn("regisseur", PASSWORD);
        for (String page : List.of("/signalen", "/signalen/" + signal.id(), "/temperatuur/" + MALBERG + "/wij-zij",
                "/sleutelpersonen", "/sleutelpersonen/" + person.id())) {
            browser.open(page);
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss === undefined"))
                    .as("nothing ran on " + page).isEqualTo(true);
            assertThat(browser.driver().getPageSource()).as("no live element on " + page)
                    .doesNotContain(SCRIPT).doesNotContain(IMAGE);
            assertThat(browser.text("main")).as("the payload shows as text on " + page).contains(
                    page.startsWith("/sleutelpersonen") ? "Anna " + IMAGE : SCRIPT);
        }
    }
}
