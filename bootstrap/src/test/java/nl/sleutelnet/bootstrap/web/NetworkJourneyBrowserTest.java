package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.domain.access.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * The coordinator's path through the network capability in the browser: import the existing list, record a legal
 * basis and activate, connect people, and read coverage, white spots and "if X leaves, buurt Y loses its
 * connection". Its own application context, so its figures do not depend on other tests' data.
 */
@TestPropertySource(properties = "sleutelnet.test.isolated=network-journey")
class NetworkJourneyBrowserTest extends RunningApplication {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
        createAccount.createAccount(Actor.system(), new CreateAccountCommand("regisseur", "Regisseur",
                List.of("COORDINATOR"), List.of(), "een wachtwoord voor de regisseur"));
        browser.signIn("regisseur", "een wachtwoord voor de regisseur");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void importActivateConnectAndSeeWhereTheNetworkIsVulnerable() throws IOException {
        Path sheet = Files.createTempFile("sleutelpersonen", ".csv");
        Files.writeString(sheet, """
                naam;email;buurten;themas;toestemming_op;toestemming_hoe;doelen;status
                Anna Test;anna.test@example.org;Frontenkwartier;Wij-zij-denken;1-9-2025;getekend formulier;alle;actief
                Bram Test;bram.test@example.org;Frontenkwartier;Religie-gerelateerde spanningen;;;;kandidaat
                Chris Test;chris.test@example.org;Bosscherveld;Wij-zij-denken;1-9-2025;getekend formulier;alle;kandidaat
                Dewi Test;dewi.test@example.org;Frontenkwartier;Discriminatie;2025-09-01;e-mail van 1 september;contact, signalen;actief
                Fout Test;geen-adres;Atlantis;;;;;
                """, StandardCharsets.UTF_8);

        browser.open("/sleutelpersonen");
        browser.submit("a[href='/sleutelpersonen/import']");
        browser.assertAccessible("import");
        browser.find("#bestand").sendKeys(sheet.toAbsolutePath().toString());
        browser.submit("form.formulier button[type=submit]");
        assertThat(browser.all("#samenvatting .getal")).extracting(e -> e.getText()).containsExactly("4", "0", "1");
        assertThat(browser.text("tr[data-regel='6']")).contains("buurten").contains("'Atlantis' is geen buurt")
                .contains("email");
        browser.assertAccessible("import-voorbeeld");
        browser.screenshot("10-import-voorbeeld");
        browser.submit("#bevestigen");
        assertThat(browser.text("#import-resultaat")).startsWith("4 sleutelpersonen toegevoegd");

        browser.open("/sleutelpersonen?zoek=Test");
        assertThat(browser.all("tr[data-sleutelpersoon]")).hasSize(4);
        assertThat(browser.text("#sleutelpersonen")).contains("Anna Test").contains("Actief").contains("Kandidaat");
        browser.assertAccessible("sleutelpersonen");

        browser.open("/sleutelpersonen/nieuw");
        browser.find("#displayName").sendKeys("Eva Test");
        new Select(browser.find("#neighbourhoods")).selectByVisibleText("Frontenkwartier");
        new Select(browser.find("#nominatedByLid")).selectByVisibleText("Anna Test");
        browser.find("#nominationMotivation").sendKeys("Kent veel ouders van de school");
        browser.assertAccessible("nieuwe sleutelpersoon");
        browser.submit("form.formulier button[type=submit]");
        assertThat(browser.text("[role=status]")).contains("geregistreerd als kandidaat");
        assertThat(browser.text(".gegevens")).contains("Anna Test: Kent veel ouders van de school");

        open("Bram Test");
        assertThat(browser.text("#grondslag-kop + p")).contains("nog geen grondslag");
        browser.submit("#status-formulier button");
        assertThat(browser.text("#foutsamenvatting")).contains("Reden: Vul dit veld in.");
        new Select(browser.find("#status")).selectByValue("ACTIVE");
        browser.find("#reason").sendKeys("Kennismakingsgesprek gevoerd");
        browser.submit("#status-formulier button");
        assertThat(browser.text("#foutsamenvatting")).contains("Zonder geldige grondslag");
        assertThat(browser.find("#reason").getAttribute("value")).as("the input is kept")
                .isEqualTo("Kennismakingsgesprek gevoerd");
        browser.find("#howGiven").sendKeys("mondeling, genoteerd door de regisseur");
        browser.find("#doel-NETWORK_CONTACT").click();
        browser.find("#doel-SIGNALS").click();
        browser.submit("#grondslag-formulier button");
        assertThat(browser.text("#huidige-grondslag")).contains("Toestemming").contains("mondeling");
        activate("Bram Test");
        open("Chris Test");
        activate("Chris Test");

        open("Anna Test");
        connectWith("Dewi Test");
        open("Bram Test");
        connectWith("Anna Test");
        connectWith("Chris Test");
        assertThat(browser.all("#verbindingen tbody tr")).hasSize(2);
        assertThat(browser.text("#verbindingen")).contains("Anna Test").contains("Chris Test")
                .doesNotContain("onbekend");
        browser.submit(browser.all("#verbindingen button").get(0));
        assertThat(browser.text("[role=status]")).contains("contact binnen deze verbinding is vastgelegd");
        browser.assertAccessible("profiel met verbindingen");
        browser.screenshot("11-profiel");

        browser.open("/netwerk");
        assertThat(browser.text("tr[data-buurt=BU09350302] td[data-thema=wij-zij]")).startsWith("1");
        assertThat(browser.text("tr[data-buurt=BU09350302] td[data-thema=religie]")).startsWith("1");
        assertThat(browser.text("tr[data-buurt=BU09350301] td[data-thema=religie]")).contains("witte vlek");
        assertThat(browser.text("#witte-vlekken")).startsWith("348 witte vlekken");
        assertThat(browser.text("#schakels")).contains("Bram Test: als deze vertrekt, verliezen deze buurten de "
                + "verbinding met de rest van het netwerk: Bosscherveld.").contains("Afgesneden leden: 1: Chris Test");
        browser.waitFor(d -> "5".equals(browser.find("#netwerkgraaf").getAttribute("data-getekend")));
        browser.assertAccessible("netwerk");
        browser.screenshot("12-netwerk");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('structuur-kop').scrollIntoView()");
        browser.screenshot("12b-netwerkplaat");
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object wide = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.scroll')).slice(0, 8)"
                        + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ':' + e.getBoundingClientRect().right)"
                        + ".join(' | ')");
        assertThat(((Number) overflow).intValue()).as("the page does not scroll sideways: %s", wide)
                .isLessThanOrEqualTo(0);

        browser.all("#watals-formulier .keuze").stream()
                .filter(k -> k.getText().equals("Bram Test")).findFirst().orElseThrow()
                .findElement(org.openqa.selenium.By.tagName("input")).click();
        browser.submit("#watals-formulier button[type=submit]");
        assertThat(browser.text("#watals-uitkomst")).contains("Clusters: 1 nu, 2 daarna.");
        assertThat(browser.text("#nieuwe-vlekken")).contains("Frontenkwartier × Religie-gerelateerde spanningen");
        browser.assertAccessible("wat als");
        browser.screenshot("13-wat-als");
    }

    private void open(String name) {
        browser.open("/sleutelpersonen?zoek=" + name.replace(' ', '+'));
        browser.submit(browser.driver().findElement(org.openqa.selenium.By.linkText(name)));
    }

    private void activate(String name) {
        new Select(browser.find("#status")).selectByValue("ACTIVE");
        browser.find("#reason").sendKeys("Kennismakingsgesprek gevoerd");
        browser.submit("#status-formulier button");
        assertThat(browser.text("h1")).as(name).contains("Actief");
    }

    private void connectWith(String name) {
        new Select(browser.find("#member")).selectByVisibleText(name);
        browser.submit("#verbinding-formulier button");
        assertThat(browser.text("[role=status]")).contains("verbinding is gelegd");
    }
}
