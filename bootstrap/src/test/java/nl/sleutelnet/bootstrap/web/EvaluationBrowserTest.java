package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.application.port.in.evaluation.CostCommand;
import nl.sleutelnet.application.port.in.evaluation.RecordCostUseCase;
import nl.sleutelnet.application.port.in.evaluation.ShowProgrammeUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The coordinator's evaluation in the browser: the report of this year for one wijk, its charts and tables, and the
 * same figures downloaded as CSV, JSON and PDF, checked against the data this test created. The application is shared
 * with other tests, so the test compares with the report before its own data.
 */
class EvaluationBrowserTest extends RunningApplication {

    private static final String WIJK = "WK093506";
    private static final String BUURT = "BU09350601";

    @Autowired
    private RegisterKeyPersonUseCase register;

    @Autowired
    private ChangeKeyPersonStatusUseCase status;

    @Autowired
    private ReportSignalUseCase report;

    @Autowired
    private RecordCostUseCase costs;

    @Autowired
    private ShowProgrammeUseCase programme;

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
    void theCoordinatorReadsTheYearOfOneWijkAndDownloadsTheSameFiguresAsCsvJsonAndPdf() throws Exception {
        String token = bearer(tokenFor("evaluatie.regisseur", "COORDINATOR"));
        int year = today().getYear();
        String query = "/api/v1/evaluatie?jaar=" + year + "&wijk=" + WIJK + "&verbergen=false";
        JsonNode before = http().get(query, "Authorization", token).json();
        int joinedBefore = before.get("netwerk").get("nieuw").get("waarde").asInt();
        int signalsBefore = before.get("signalen").get("ontvangen").get("waarde").asInt();
        BigDecimal spentBefore = before.get("programma").get("besteed").decimalValue();

        Actor coordinator = account("evaluatie.regisseur").asActor();
        for (int i = 1; i <= 6; i++) {
            KeyPerson person = register.registerKeyPerson(coordinator, new RegisterKeyPersonCommand(
                    "Evaluatie Persoon " + i, null, null, List.of(BUURT), null, List.of("wij-zij"), null, null, null,
                    new LegalBasisInput("CONSENT", today(), List.of("NETWORK_CONTACT"), "getekend formulier", null),
                    null, null, null));
            status.changeStatus(coordinator, new ChangeStatusCommand(person.id().value(), "ACTIVE", "Kennismaking",
                    person.version()));
        }
        for (int i = 0; i < 7; i++) {
            report.reportSignal(coordinator, new ReportSignalCommand(null, null, null, "OWN_OBSERVATION",
                    List.of(BUURT), List.of("wij-zij"), 2, "Onrust bij het buurthuis over de plannen", null, null));
        }
        costs.recordCost(coordinator, new CostCommand(today(), null, new BigDecimal("1234.56"),
                "Zaalhuur voor de evaluatietest", null, programme.showProgramme(coordinator).version()));
        int joined = joinedBefore + 6;
        int signals = signalsBefore + 7;
        BigDecimal spent = spentBefore.add(new BigDecimal("1234.56"));

        browser.signIn("evaluatie.regisseur", "een test wachtwoord");
        browser.open("/evaluatie");
        assertThat(browser.text("h1")).isEqualTo("Evaluatie en programma");
        assertThat(browser.find("nav.menu a[aria-current=page]").getText()).isEqualTo("Evaluatie");
        new Select(browser.find("#year")).selectByValue(Integer.toString(year));
        new Select(browser.find("#district")).selectByValue(WIJK);
        if (browser.find("#suppress").isSelected()) {
            browser.find("#suppress").click();
        }
        browser.submit("#keuze button[type=submit]");
        browser.waitFor(d -> browser.all("#tabel-netwerk").size() == 1);
        assertThat(row("#tabel-netwerk", "Nieuw actief geworden")).isEqualTo(Integer.toString(joined));
        assertThat(row("#tabel-signalen", "Ontvangen signalen")).isEqualTo(Integer.toString(signals));
        assertThat(row("#tabel-periode", "Gebied")).isEqualTo("Wijk 06 Buitenwijk Zuidoost");
        browser.waitFor(d -> "8".equals(browser.find("#grafiek-signalen").getAttribute("data-getekend")));
        assertThat(browser.find("#grafiek-geld").getAttribute("data-getekend")).isEqualTo("1");
        browser.assertAccessible("evaluatie");
        browser.screenshot("evaluatie");

        List<?> csv = fetch(browser.find("#download-csv").getAttribute("href"));
        assertThat(csv.get(0)).as("UTF-8 with a byte-order mark, like the audit log").isEqualTo("239,187,191");
        List<String> lines = Arrays.asList(((String) csv.get(1)).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("\uFEFFonderdeel;cijfer;waarde");
        assertThat(lines).contains("Netwerk;Nieuw actief geworden;" + joined,
                "Signalen;Ontvangen signalen;" + signals, "Periode;Gebied;Wijk 06 Buitenwijk Zuidoost");

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(function (r) { return r.json(); }).then(function (j) {
                            done({ nieuw: j.netwerk.nieuw.waarde, ontvangen: j.signalen.ontvangen.waarde,
                                   besteed: String(j.programma.besteed), wijk: j.wijk, minimum: j.minimaleGroep });
                        });""", browser.find("#download-json").getAttribute("href"));
        assertThat(((Number) json.get("nieuw")).intValue()).isEqualTo(joined);
        assertThat(((Number) json.get("ontvangen")).intValue()).isEqualTo(signals);
        assertThat(new BigDecimal((String) json.get("besteed"))).isEqualByComparingTo(spent);
        assertThat(json.get("wijk")).isEqualTo(WIJK);
        assertThat(((Number) json.get("minimum")).intValue()).as("every number, as the coordinator asked").isZero();

        String pdfBase64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(function (r) { return r.arrayBuffer(); }).then(function (b) {
                    var bytes = new Uint8Array(b); var text = '';
                    for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                    done(btoa(text));
                });""", browser.find("#download-pdf").getAttribute("href"));
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(pdfBase64))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Evaluatie aanpak polarisatie", "Wijk 06 Buitenwijk Zuidoost",
                    "Nieuw actief geworden " + joined, "Ontvangen signalen " + signals,
                    "Anti Discriminatie Voorziening Limburg");
        }

        browser.open("/evaluatie?jaar=eigen&van=2026-02-01&tot=2026-01-01");
        assertThat(browser.text("#foutsamenvatting")).contains("Tot en met", "De periode eindigt voordat ze begint");
        browser.assertAccessible("evaluatie met fout");
    }

    /** The value in the row of a figure table whose header is {@code figure}. */
    private String row(String table, String figure) {
        return browser.all(table + " tbody tr").stream()
                .filter(r -> r.findElement(org.openqa.selenium.By.tagName("th")).getText().equals(figure))
                .map(r -> r.findElement(org.openqa.selenium.By.tagName("td")).getText()).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + figure + " in " + table));
    }

    /** The file behind the link as the browser gets it: its first three bytes, and its text. */
    private List<?> fetch(String url) {
        return (List<?>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(function (r) { return r.arrayBuffer(); }).then(function (b) {
                    var bytes = new Uint8Array(b);
                    done([[bytes[0], bytes[1], bytes[2]].join(','), new TextDecoder('utf-8', { ignoreBOM: true })
                        .decode(b)]);
                });""", url);
    }
}
