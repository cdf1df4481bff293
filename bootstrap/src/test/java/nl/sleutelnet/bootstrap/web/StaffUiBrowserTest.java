package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.domain.access.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The staff UI in headless Chromium, as the administrator uses it on the first day, with an axe scan per page. */
class StaffUiBrowserTest extends RunningApplication {

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
    void signingInShowsTheStartPageWithTheRegisterFigures() {
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/inloggen");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nl");
        browser.assertAccessible("inloggen");
        browser.screenshot("01-inloggen");

        browser.signIn("beheerder", "niet het goede wachtwoord");
        assertThat(browser.text("[role=alert]")).contains("Gebruikersnaam of wachtwoord klopt niet");
        browser.assertAccessible("inloggen met fout");

        browser.signIn("beheerder", ADMIN_PASSWORD);
        assertThat(browser.text("h1")).isEqualTo("Welkom, beheerder");
        assertThat(browser.all(".kengetal .getal")).extracting(e -> e.getText())
                .containsExactly("7", "44", "125.245");
        assertThat(browser.all(".themalijst dt")).extracting(e -> e.getText()).contains(
                "Linksextremisme", "Rechtsextremisme", "Milieu en klimaat", "Complotdenken", "Discriminatie",
                "Onvrede over overheidsmaatregelen", "Wij-zij-denken");
        assertThat(browser.text(".themalijst")).contains("Groepen in de buurt die tegenover elkaar komen te staan.");
        browser.assertAccessible("start");
        browser.screenshot("02-start");
    }

    @Test
    void theBuurtenListShowsAllFortyFourAndFiltersByWijk() {
        browser.signIn("beheerder", ADMIN_PASSWORD);
        browser.open("/buurten");
        browser.waitFor(d -> browser.all("tr[data-buurt]").size() >= 44);
        assertThat(browser.all("tr[data-buurt]")).hasSize(44);
        assertThat(browser.all("table.tabel")).hasSize(7);
        assertThat(browser.text("tr[data-buurt=BU09350000]")).contains("Binnenstad").contains("2.325");
        assertThat(browser.text("tr[data-buurt=BU09350105]")).contains("Sint Pieter").contains("onbekend");
        browser.assertAccessible("buurten");
        browser.screenshot("03-buurten");

        new Select(browser.find("#wijk")).selectByValue("WK093504");
        browser.waitFor(d -> browser.all("tr[data-buurt]").size() == 7);
        assertThat(browser.all("tr[data-buurt]")).allSatisfy(row ->
                assertThat(row.getAttribute("data-buurt")).startsWith("BU093504"));
        assertThat(browser.driver().getCurrentUrl()).contains("wijk=WK093504");
        assertThat(browser.text(".aantal")).isEqualTo("7 buurten getoond");

        browser.find("#naam").sendKeys("wyck");
        browser.waitFor(d -> browser.all("tr[data-buurt]").size() == 1);
        assertThat(browser.text("tr[data-buurt]")).contains("Wyckerpoort");
        browser.assertAccessible("buurten gefilterd");
    }

    @Test
    void theMapDrawsEveryBuurtFromItsOutline() {
        browser.signIn("beheerder", ADMIN_PASSWORD);
        browser.open("/kaart");
        browser.waitFor(d -> "44".equals(browser.find("#kaart").getAttribute("data-getekend")));
        assertThat(browser.all("#kaart canvas")).isNotEmpty();
        Object areas = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('kaart')).getOption().series[0].data.length");
        assertThat(((Number) areas).intValue()).isEqualTo(44);
        assertThat(browser.find("#kaart").getAttribute("aria-label")).contains("44 buurten");
        assertThat(browser.text(".bron")).contains("CBS/Kadaster");
        browser.assertAccessible("kaart");
        browser.screenshot("04-kaart");
    }

    @Test
    void theAdministratorCreatesAnAccountAndIssuesAToken() {
        browser.signIn("beheerder", ADMIN_PASSWORD);
        browser.open("/beheer/gebruikers");
        browser.assertAccessible("gebruikers");

        browser.find("#username").sendKeys("x");
        browser.find("#password").sendKeys("kort");
        browser.submit("form.formulier button[type=submit]");
        assertThat(browser.text("#foutsamenvatting")).contains("Controleer het formulier")
                .contains("Naam: Vul dit veld in.").contains("Rollen: Kies minstens één.");
        assertThat(browser.text("#username-fout")).contains("3 tot 64");
        assertThat(browser.text("#password-fout")).contains("minstens 15 tekens");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo("x");
        assertThat(browser.find("#username").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible("gebruikers met fouten");
        browser.screenshot("05-gebruikers-fouten");

        browser.find("#username").clear();
        browser.find("#username").sendKeys("wijkagent.malberg");
        browser.find("#displayName").sendKeys("Wijkagent Malberg");
        browser.find("#rol-PROFESSIONAL").click();
        new Select(browser.find("#neighbourhoods")).selectByValue("BU09350207");
        browser.find("#password").sendKeys("een lang wachtwoord");
        browser.submit("form.formulier button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo("Wijkagent Malberg (wijkagent.malberg)");
        assertThat(browser.text("[role=status]")).contains("aangemaakt");

        browser.find("#name").sendKeys("Koppeling zaaksysteem");
        browser.submit("#token-uitgeven");
        String secret = browser.text("#nieuw-token");
        assertThat(secret).startsWith("snt_");
        assertThat(browser.all("#tokens tbody tr")).hasSize(1);
        browser.driver().navigate().refresh();
        assertThat(browser.all("#nieuw-token")).as("the secret is shown once").isEmpty();
        assertThat(browser.all("#tokens tbody tr")).as("a reload issues nothing").hasSize(1);
        browser.assertAccessible("gebruiker met token");
        browser.screenshot("06-gebruiker-token");
    }

    @Test
    void theLanguageCanBeSwitchedToEnglish() {
        browser.signIn("beheerder", ADMIN_PASSWORD);
        browser.submit("a.taal");
        assertThat(browser.text("h1")).isEqualTo("Welcome, beheerder");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        browser.open("/buurten");
        assertThat(browser.text("h1")).isEqualTo("Districts and neighbourhoods");
        browser.assertAccessible("buurten in English");
    }

    @Test
    void theAdministratorRetiresAThemeAndEveryoneChangesTheirOwnPassword() {
        browser.signIn("beheerder", ADMIN_PASSWORD);
        browser.open("/beheer/themas");
        browser.assertAccessible("themas");
        browser.find("#code").sendKeys("Burenruzie");
        browser.find("#name").sendKeys("Burenruzies");
        browser.submit(browser.all("form.formulier button").get(0));
        assertThat(browser.text("#code-fout")).contains("kleine letters");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Burenruzies");
        browser.find("#code").clear();
        browser.find("#code").sendKeys("burenruzie");
        browser.submit(browser.all("form.formulier button").get(0));
        assertThat(browser.text("[role=status]")).contains("toegevoegd");

        browser.find("#naam-burenruzie").clear();
        browser.submit("#thema-burenruzie button");
        assertThat(browser.text("#fouten-burenruzie")).contains("Naam: Vul dit veld in.");
        assertThat(browser.find("#naam-burenruzie").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible("themas met fout");

        browser.find("#naam-burenruzie").sendKeys("Burenruzies die escaleren");
        browser.find("#actief-burenruzie").click();
        browser.submit("#thema-burenruzie button");
        assertThat(browser.text("[role=status]")).contains("opgeslagen");
        assertThat(browser.text("#thema-burenruzie legend")).contains("Burenruzies die escaleren").contains("niet actief");
        browser.screenshot("07-themas");
        browser.open("/");
        assertThat(browser.text(".themalijst")).doesNotContain("Burenruzies");

        browser.submit(".kop form button");
        createAccount.createAccount(Actor.system(), new CreateAccountCommand("analist.ww", "Analist",
                List.of("ANALYST"), List.of(), "het eerste wachtwoord"));
        browser.signIn("analist.ww", "het eerste wachtwoord");
        browser.open("/account/wachtwoord");
        browser.find("#currentPassword").sendKeys("fout");
        browser.find("#newPassword").sendKeys("een nieuw lang wachtwoord");
        browser.submit("form.formulier button");
        assertThat(browser.text("#currentPassword-fout")).contains("klopt niet");
        browser.assertAccessible("wachtwoord met fout");
        browser.find("#currentPassword").sendKeys("het eerste wachtwoord");
        browser.find("#newPassword").sendKeys("een nieuw lang wachtwoord");
        browser.submit("form.formulier button");
        assertThat(browser.text("[role=status]")).contains("gewijzigd");

        browser.submit(".kop form button");
        browser.signIn("analist.ww", "een nieuw lang wachtwoord");
        assertThat(browser.text("h1")).isEqualTo("Welkom, analist.ww");
        assertThat(browser.all(".menu a")).extracting(e -> e.getText()).doesNotContain("Gebruikers");
        browser.open("/bestaat-niet");
        assertThat(browser.text("h1")).isEqualTo("Er ging iets mis");
        assertThat(browser.text("main")).contains("Deze pagina bestaat niet.");
        browser.assertAccessible("foutpagina");
    }
}
