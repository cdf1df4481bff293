package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.domain.network.KeyPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's audit viewer in the browser: filters, the table, the CSV of the same selection. */
class AuditlogBrowserTest extends RunningApplication {

    @Autowired
    private RegisterKeyPersonUseCase register;

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
    void theAdministratorFindsWhoViewedAKeyPersonAndDownloadsWhatTheFilterShows() {
        String coordinator = bearer(tokenFor("auditui.regisseur", "COORDINATOR"));
        KeyPerson bram = register.registerKeyPerson(account("auditui.regisseur").asActor(), new RegisterKeyPersonCommand("Bram Browser", null,
                null, List.of("BU09350207"), List.of("sportclub"), List.of("wij-zij"), List.of("nl"), null, null,
                null, null, null, null));
        String id = bram.id().value().toString();
        assertThat(http().get("/api/v1/sleutelpersonen/" + id, "Authorization", coordinator).status()).isEqualTo(200);
        assertThat(http().get("/api/v1/sleutelpersonen/" + id, "Authorization", coordinator).status()).isEqualTo(200);

        browser.signIn("beheerder", ADMIN_PASSWORD);
        browser.open("/beheer/auditlog");
        assertThat(browser.text("h1")).isEqualTo("Auditlog");
        assertThat(browser.find("nav.menu a[aria-current=page]").getText()).isEqualTo("Auditlog");
        browser.find("#objectId").sendKeys(id);
        browser.find("#auditfilter button[type=submit]").click();
        browser.waitFor(d -> browser.text(".aantal").equals("3 regels"));
        assertThat(browser.all("#auditregels tbody tr")).extracting(r -> r.getText())
                .anySatisfy(row -> assertThat(row).contains("auditui.regisseur", "ShowKeyPersonUseCase.showKeyPerson",
                        "Netwerkcontact", "Gelukt", "API", "test"))
                .anySatisfy(row -> assertThat(row).contains("auditui.regisseur", "RegisterKeyPersonUseCase", "Ingebouwd"));
        browser.assertAccessible("auditlog");
        browser.screenshot("auditlog");

        List<String> shown = browser.all("#auditregels tbody tr").stream().map(r -> r.getAttribute("data-regel"))
                .toList();
        List<?> download = download(browser.find("#csv").getAttribute("href"));
        assertThat(download.get(0)).as("a UTF-8 byte-order mark, so Excel reads the accents").isEqualTo("239,187,191");
        String csv = (String) download.get(1);
        assertThat(csv).startsWith("tijdstip (UTC);actor;account-id;");
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines).hasSize(1 + shown.size());
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.substring(line.lastIndexOf(';') + 1))
                .as("the same entries in the same order").containsExactlyElementsOf(shown);
        assertThat(lines.get(1)).contains(";auditui.regisseur;").contains(";ShowKeyPersonUseCase.showKeyPerson;");

        browser.open("/beheer/auditlog?van=2026-12-01&tot=2026-11-01");
        assertThat(browser.text("#foutsamenvatting")).contains("Tot en met");
        browser.assertAccessible("auditlog met fout");
    }

    /** The file behind the link as the browser gets it: its first three bytes, and its text. */
    private List<?> download(String url) {
        return (List<?>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(function (r) { return r.arrayBuffer(); }).then(function (b) {
                    var bytes = new Uint8Array(b);
                    done([[bytes[0], bytes[1], bytes[2]].join(','), new TextDecoder('utf-8').decode(b)]);
                });""", url);
    }
}
