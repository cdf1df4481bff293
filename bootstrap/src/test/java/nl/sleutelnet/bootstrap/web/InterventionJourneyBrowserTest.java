package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.SignInCommand;
import nl.sleutelnet.application.port.in.account.SignInUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.PartnerCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.RegisterPartnerUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.bootstrap.testing.MovableClock;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.signal.Signal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 5's journey as a coordinator walks it: from an assessed signal plan an intervention, add participants and a
 * task, assess the neighbourhood's capacity and start, step back from LEAD to MONITOR, be refused withdrawal while
 * Malberg is still HEATED, let time pass (the application's clock is the test's) until the scope cooled for the exit
 * period, withdraw, and close with an evaluation whose temperatures Sleutelnet computed. Its own application context,
 * so moving time disturbs no other test.
 */
@TestPropertySource(properties = "sleutelnet.test.isolated=intervention-journey")
class InterventionJourneyBrowserTest extends RunningApplication {

    private static final String PASSWORD = "een wachtwoord voor de regisseur";
    private static final String MALBERG = "BU09350207";
    /** Monday 2 March 2026, 09:30 in Maastricht. */
    private static final Instant START = Instant.parse("2026-03-02T08:30:00Z");

    @TestConfiguration
    static class Time {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(START);
        }
    }

    @Autowired
    MovableClock clock;

    @Autowired
    SignInUseCase signIn;

    @Autowired
    ReportSignalUseCase report;

    @Autowired
    HandleSignalUseCase handle;

    @Autowired
    RegisterKeyPersonUseCase registerKeyPerson;

    @Autowired
    ChangeKeyPersonStatusUseCase keyPersonStatus;

    @Autowired
    RegisterPartnerUseCase registerPartner;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        clock.set(START);
        browser = new Browser(port);
        createAccount.createAccount(Actor.system(), new CreateAccountCommand("regisseur", "Regisseur Maas",
                List.of("COORDINATOR"), List.of(), PASSWORD));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void fromAnAssessedSignalToAResponsibleWithdrawalAndAnEvaluation() {
        Actor coordinator = signIn.signIn(new SignInCommand("regisseur", PASSWORD));
        // three reliable signals of intensity 5 in Malberg on wij-zij: 3 × 5 × 1.0 × 0.5 = 7.5, HEATED until 9 March
        Signal first = assessed(coordinator, "Ruzie bij het winkelcentrum over de nieuwe opvang");
        assessed(coordinator, "Spandoeken met wij-zij-leuzen bij de school");
        assessed(coordinator, "Opgewonden buurtavond over de opvang");
        KeyPerson anna = keyPerson(coordinator, "Anna Jongerenwerk");
        registerPartner.registerPartner(coordinator, new PartnerCommand(null, "Wijkagent Malberg",
                "COMMUNITY_POLICE_OFFICER", List.of(MALBERG), null, null, null, true, 0));

        browser.signIn("regisseur", PASSWORD);
        browser.open("/interventies");
        assertThat(browser.text("main")).contains("Geen interventies");
        browser.assertAccessible("leeg bord");

        // from the assessed signal
        browser.open("/signalen/" + first.id());
        browser.assertAccessible("beoordeeld signaal met oppakken");
        browser.screenshot("40-signaal-oppakken");
        browser.submit("#oppakken a");
        assertThat(browser.text("#vanuit-signaal")).contains("Ruzie bij het winkelcentrum");
        assertThat(new Select(browser.find("#neighbourhoods")).getAllSelectedOptions()).extracting(WebElement::getText)
                .containsExactly("Malberg");
        assertThat(browser.find("#thema-wij-zij").isSelected()).isTrue();
        browser.submit("form.formulier button[type=submit]");
        assertThat(browser.text("#foutsamenvatting")).contains("Titel").contains("Doel").contains("Soort");
        browser.assertAccessible("plannen met fouten");
        browser.find("#title").sendKeys("Gesprekken bij het winkelcentrum");
        browser.find("#goal").sendKeys("Jongeren en omwonenden praten weer met elkaar in plaats van over elkaar.");
        new Select(browser.find("#type")).selectByVisibleText("Dialoog");
        browser.screenshot("41-interventie-plannen");
        browser.submit("form.formulier button[type=submit]");

        assertThat(browser.text("[role=status]")).isEqualTo("De interventie is gepland.");
        assertThat(browser.text("#status")).isEqualTo("Gepland");
        assertThat(browser.text("#betrokkenheid")).isEqualTo("Betrokkenheid: Leiden");
        assertThat(browser.text("#samenvatting")).contains("Malberg").contains("Regisseur Maas").contains("Signaal 1");
        String page = browser.driver().getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");

        // participants from the network, and a task
        new Select(browser.find("#deelnemer-memberId")).selectByVisibleText("Anna Jongerenwerk");
        browser.find("#deelnemer-part").sendKeys("Leidt de gesprekken met ouders");
        browser.submit("#deelnemerformulier button[type=submit]");
        assertThat(browser.text("[role=status]")).isEqualTo("De deelnemer is toegevoegd.");
        new Select(browser.find("#deelnemer-memberId")).selectByVisibleText("Wijkagent Malberg (partner)");
        browser.find("#deelnemer-part").sendKeys("Loopt mee tijdens de avonden bij het winkelcentrum");
        browser.submit("#deelnemerformulier button[type=submit]");
        assertThat(browser.text("#deelnemerslijst")).contains("Anna Jongerenwerk").contains("Leidt de gesprekken")
                .contains("Wijkagent Malberg");
        browser.find("#taak-description").sendKeys("Bijeenkomst in buurtcentrum De Kring voorbereiden");
        day("#taak-due", LocalDate.of(2026, 3, 5));
        browser.submit("#taakformulier button[type=submit]");
        assertThat(browser.text("#takenlijst")).contains("Bijeenkomst in buurtcentrum De Kring voorbereiden")
                .contains("Regisseur Maas").contains("5-3-2026").contains("Open").doesNotContain("Te laat");

        // a role tags a dynamic, never a person: the form has no field for one
        assertThat(browser.all("#dynamiekformulier select, #dynamiekformulier input:not([type=hidden]), "
                + "#dynamiekformulier textarea")).extracting(e -> e.getAttribute("name"))
                .containsExactly("role", "dynamic", "from", "to");
        new Select(browser.find("#dynamiek-role")).selectByVisibleText("Aanjager");
        browser.find("#dynamiek-dynamic").sendKeys("Sinds de buurtavond zet een groep op het schoolplein de toon "
                + "tegen de opvang");
        browser.submit("#dynamiekformulier button[type=submit]");
        assertThat(browser.text("#dynamieklijst")).contains("Aanjager").contains("2-3-2026 – loopt nog");

        // starting needs the capacity: the network's key persons and partners in Malberg are drawn in
        browser.submit("#startformulier button[type=submit]");
        assertThat(browser.text("#foutsamenvatting")).contains("Beoordeel eerst de draagkracht");
        assertThat(browser.text("#aanwezig")).contains("Anna Jongerenwerk").contains("Wijkagent Malberg");
        browser.find("#draagkracht-initiatives").sendKeys("Inloop in buurtcentrum De Kring\nMoedercafé bij de school");
        browser.find("#draagkracht-MEDIUM").click();
        browser.find("#draagkracht-judgement").sendKeys("De buurt draagt de gesprekken, maar bereikt de jongeren niet.");
        browser.submit("#draagkrachtformulier button[type=submit]");
        assertThat(browser.text("#draagkrachtoordeel")).contains("Gemiddeld").contains("Moedercafé bij de school")
                .contains("Anna Jongerenwerk (Sleutelpersoon)").contains("Wijkagent Malberg");
        new Select(browser.find("#gestart-exitLevel")).selectByValue("TENSE");
        browser.find("#gestart-exitDays").clear();
        browser.find("#gestart-exitDays").sendKeys("7");
        browser.submit("#startformulier button[type=submit]");
        assertThat(browser.text("#status")).isEqualTo("Actief");
        assertThat(browser.text("#exitcriteria")).isEqualTo("gespannen of lager, 7 dagen op rij");

        // the chart of the scope with the exit level drawn in
        browser.waitFor(d -> browser.find("#scopegrafiek").getAttribute("data-getekend") != null);
        assertThat(browser.find("#scopegrafiek").getAttribute("data-getekend")).isEqualTo("15");
        assertThat(exitLine()).as("the exit level as a line at the score where HEATED begins").isEqualTo(5.0);
        assertThat(browser.text("#exitlijn")).contains("gespannen of lager");
        browser.assertAccessible("actieve interventie");
        browser.screenshot("42-interventie-actief");

        // step back from LEAD to MONITOR: a normal step
        new Select(browser.find("#betrokkenheid-involvement")).selectByVisibleText("Monitoren");
        browser.find("#betrokkenheid-reason").sendKeys("De school en het jongerenwerk nemen de gesprekken over");
        browser.submit("#betrokkenheidformulier button[type=submit]");
        assertThat(browser.text("#betrokkenheid")).isEqualTo("Betrokkenheid: Monitoren");
        assertThat(browser.text("#stappen")).contains("Leiden → Monitoren");

        // withdrawal is refused while Malberg is HEATED: the dialog says why before anyone tries
        assertThat(browser.text("#terugtrekstand")).contains("mag nog niet").contains("verhit")
                .contains("7 dagen").contains("9-3-2026");
        browser.find("#terugtrekken-openen").click();
        browser.waitFor(d -> browser.find("#terugtrekdialoog").isDisplayed());
        assertThat(browser.text("#dialoog-kop")).isEqualTo("Terugtrekken mag nog niet");
        assertThat(browser.text("#besluit")).contains("verhit").contains("2-3-2026");
        assertThat(browser.text("#dagen-op-of-onder")).isEqualTo("0");
        assertThat(browser.text("#dagen-tekort")).isEqualTo("7");
        assertThat(browser.text("#vroegste-dag")).isEqualTo("9-3-2026");
        browser.assertAccessible("terugtrekdialoog");
        browser.find("#teruggetrokken-reason").sendKeys("De buurt draagt het zelf");
        browser.submit("#terugtrekformulier button[type=submit]");
        browser.waitFor(d -> browser.find("#terugtrekdialoog").isDisplayed());
        assertThat(browser.text("#terugtrekdialoog #foutsamenvatting")).contains("Terugtrekken mag nog niet");
        assertThat(browser.find("#teruggetrokken-reason").getAttribute("value")).isEqualTo("De buurt draagt het zelf");
        browser.assertAccessible("terugtrekken geweigerd");
        browser.screenshot("43-terugtrekken-geweigerd");
        assertThat(browser.text("#betrokkenheid")).isEqualTo("Betrokkenheid: Monitoren");

        // ten days later (the session has long timed out: the coordinator signs in again): TENSE since 10 March,
        // three days of the seven; the task is overdue
        clock.advance(Duration.ofDays(10));
        browser.open(page);
        assertThat(browser.driver().getCurrentUrl()).as("an idle session ends").contains("/inloggen");
        browser.signIn("regisseur", PASSWORD);
        browser.open(page);
        assertThat(browser.text("#terugtrekstand")).contains("gespannen").contains("4 dagen").contains("16-3-2026");
        assertThat(browser.text("#takenlijst")).contains("Te laat");
        browser.find("#terugtrekken-openen").click();
        browser.waitFor(d -> browser.find("#terugtrekdialoog").isDisplayed());
        assertThat(browser.text("#dagen-op-of-onder")).isEqualTo("3");
        assertThat(browser.text("#dagen-tekort")).isEqualTo("4");
        assertThat(browser.text("#besluit")).contains("9-3-2026 (verhit)");
        browser.screenshot("44-terugtrekken-na-tien-dagen");
        browser.find("#terugtrekken-sluiten").click();

        // fourteen days after the start it has been TENSE or lower for seven days: stepping back is allowed
        clock.advance(Duration.ofDays(4));
        browser.signIn("regisseur", PASSWORD);
        browser.open(page);
        assertThat(browser.text("#terugtrekstand")).startsWith("Terugtrekken mag");
        browser.find("#terugtrekken-openen").click();
        browser.waitFor(d -> browser.find("#terugtrekdialoog").isDisplayed());
        assertThat(browser.text("#dialoog-kop")).isEqualTo("Terugtrekken mag");
        assertThat(browser.text("#dagen-tekort")).isEqualTo("0");
        browser.screenshot("45-terugtrekken-toegestaan");
        browser.find("#teruggetrokken-reason").sendKeys("De wijkvereniging en de school dragen het samen");
        browser.submit("#terugtrekformulier button[type=submit]");
        assertThat(browser.text("[role=status]")).startsWith("De gemeente heeft zich teruggetrokken.");
        assertThat(browser.text("#betrokkenheid")).isEqualTo("Betrokkenheid: Teruggetrokken");
        assertThat(browser.text("#stappen")).contains("Monitoren → Teruggetrokken").contains("Volgens de exitcriteria");
        assertThat(browser.all("#terugtrekken")).isEmpty();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('temperatuur-kop').scrollIntoView();");
        browser.screenshot("46-grafiek-met-exitniveau");

        // close with an evaluation; the temperatures are computed, not typed
        assertThat(browser.text("#berekend")).contains("verhit").contains("gespannen");
        assertThat(browser.all("#evaluatieformulier input[type=number], #evaluatieformulier select")).isEmpty();
        browser.submit("#evaluatieformulier button[type=submit]");
        assertThat(browser.text("#foutsamenvatting")).contains("Uitkomst").contains("Lessen").contains("Vervolg");
        browser.find("#uitkomst-PARTLY").click();
        browser.find("#afgesloten-lessons").sendKeys("Eerder de school betrekken; de jongeren kwamen pas laat aan tafel.");
        browser.find("#afgesloten-followUp").sendKeys("Over drie maanden opnieuw peilen in Malberg.");
        browser.screenshot("47-evaluatie");
        browser.submit("#evaluatieformulier button[type=submit]");
        assertThat(browser.text("[role=status]")).isEqualTo("De interventie is afgesloten met de evaluatie.");
        assertThat(browser.text("#status")).isEqualTo("Afgesloten");
        assertThat(browser.text("#temperatuur-bij-start")).contains("verhit").contains("7,50");
        assertThat(browser.text("#temperatuur-bij-afsluiten")).contains("gespannen");
        assertThat(browser.text("#evaluatie")).contains("Deels effectief").contains("De reikwijdte is afgekoeld");
        assertThat(browser.all("#tijdlijnlijst tbody tr")).extracting(r -> r.getAttribute("data-soort"))
                .containsExactly("PLANNED", "PARTICIPANT_ADDED", "PARTICIPANT_ADDED", "TASK_ADDED", "DYNAMIC_TAGGED",
                        "CAPACITY_ASSESSED", "STARTED", "INVOLVEMENT_CHANGED", "WITHDRAWN", "CLOSED");
        browser.assertAccessible("afgesloten interventie");
        browser.screenshot("48-afgesloten");

        browser.open("/interventies");
        assertThat(browser.text("tr[data-betrokkenheid=WITHDRAWN] td[data-status=CLOSED]"))
                .contains("Gesprekken bij het winkelcentrum");
        browser.assertAccessible("bord");
        browser.screenshot("49-bord");
    }

    private Signal assessed(Actor coordinator, String description) {
        Signal signal = report.reportSignal(coordinator, new ReportSignalCommand(null, null, null, "OWN_OBSERVATION",
                List.of(MALBERG), List.of("wij-zij"), 5, description, null, null));
        return handle.handleSignal(coordinator, new HandleSignalCommand(signal.id().value(), "ASSESS", "HIGH",
                "Bevestigd door de wijkagent", null, null, signal.version()));
    }

    private KeyPerson keyPerson(Actor coordinator, String name) {
        KeyPerson registered = registerKeyPerson.registerKeyPerson(coordinator, new RegisterKeyPersonCommand(name,
                null, null, List.of(MALBERG), null, List.of("wij-zij"), null, null, null,
                new LegalBasisInput("CONSENT", LocalDate.of(2026, 1, 15), List.of("NETWORK_CONTACT", "INTERVENTIONS"),
                        "getekend formulier", null), null, null, null));
        return keyPersonStatus.changeStatus(coordinator, new ChangeStatusCommand(registered.id().value(), "ACTIVE",
                "Kennismaking", registered.version()));
    }

    /** A date field set as a browser's date picker would: the value in ISO form. */
    private void day(String css, LocalDate day) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find(css), day.toString());
    }

    /** The score at which the chart draws the exit level. */
    private double exitLine() {
        Object value = ((JavascriptExecutor) browser.driver()).executeScript("""
                var chart = echarts.getInstanceByDom(document.getElementById('scopegrafiek'));
                var lines = chart.getOption().series[0].markLine.data;
                return lines[lines.length - 1].yAxis;
                """);
        return ((Number) value).doubleValue();
    }
}
