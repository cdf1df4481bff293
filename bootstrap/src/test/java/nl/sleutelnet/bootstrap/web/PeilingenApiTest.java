package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The poll rounds over the REST API, and the key person's pages of the personal link over plain HTTP: status codes,
 * problem details with Dutch field names, ETag and If-Match, and clear pages for every state of a link.
 */
class PeilingenApiTest extends MailingApplication {

    private static final String WYCK = "BU09350006";
    private static final String STATENKWARTIER = "BU09350003";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    private RegisterKeyPersonUseCase register;
    @Autowired
    private RecordLegalBasisUseCase recordBasis;
    @Autowired
    private ChangeKeyPersonStatusUseCase changeStatus;

    @Test
    void aCoordinatorOpensARoundTheKeyPersonAnswersAndOthersSeeFiguresOnly() {
        String coordinator = bearer(tokenFor("regisseur.peilingen", "COORDINATOR"));
        Actor actor = account("regisseur.peilingen").asActor();
        active(actor, "Api Anna", "anna.api@example.org", WYCK);
        KeyPerson withoutMail = active(actor, "Api Bram", null, WYCK);

        Http.Response created = http().send("POST", "/api/v1/peilingen", Http.json(Map.of("buurten", List.of(WYCK),
                "themas", List.of("wij-zij", "religie"), "aanleiding", "na incident")),
                "Authorization", coordinator, "Content-Type", "application/json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode round = created.json();
        String id = round.get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/peilingen/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"" + round.get("versie").asLong() + "\"");
        assertThat(round.get("status").asString()).isEqualTo("OPEN");
        assertThat(round.get("aanleiding").asString()).isEqualTo("na incident");
        assertThat(round.get("respons").get("uitgenodigd").asInt()).isEqualTo(1);
        assertThat(round.get("respons").get("percentage").asInt()).isZero();
        assertThat(round.get("nietUitgenodigd")).singleElement().satisfies(n -> {
            assertThat(n.get("naam").asString()).isEqualTo("Api Bram");
            assertThat(n.get("sleutelpersoon").asString()).isEqualTo(withoutMail.id().toString());
            assertThat(n.get("reden").asString()).isEqualTo("NO_EMAIL");
        });

        String link = linkIn("anna.api@example.org", 1);
        Http.Response page = http().get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Set-Cookie")).as("no session for a key person").doesNotContain("JSESSIONID");
        assertThat(page.body()).contains("Hoe is de sfeer in uw buurt?").contains("Wyck")
                .contains("Wij-zij-denken").doesNotContain("na incident");

        Http.Response answered = answer(link, page, Map.of("cijfer-wij-zij", "3", "cijfer-religie", "",
                "remark", "Onrust bij de brug"));
        assertThat(answered.status()).isEqualTo(302);
        assertThat(answered.header("Location")).endsWith("/peiling/bedankt");
        assertThat(http().get("/peiling/bedankt").body()).contains("Uw antwoord is ontvangen");

        Http.Response again = http().get(link);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("U heeft al geantwoord").doesNotContain("Er ging iets mis");

        JsonNode detail = http().get("/api/v1/peilingen/" + id, "Authorization", coordinator).json();
        assertThat(detail.get("respons").get("geantwoord").asInt()).isEqualTo(1);
        assertThat(detail.get("respons").get("percentage").asInt()).isEqualTo(100);
        assertThat(detail.get("responsPerBuurt")).singleElement()
                .satisfies(b -> assertThat(b.get("buurt").asString()).isEqualTo(WYCK));
        JsonNode wijZij = figures(detail, WYCK, "wij-zij");
        assertThat(wijZij.get("aantal").asInt()).isEqualTo(1);
        assertThat(wijZij.get("gemiddelde").asDouble()).isEqualTo(3.0);
        assertThat(wijZij.get("verdeling").toString()).isEqualTo("[0,0,1,0,0,0,0,0,0,0]");
        assertThat(figures(detail, WYCK, "religie").get("gemiddelde").isNull()).as("left out").isTrue();
        assertThat(detail.get("opmerkingen")).singleElement()
                .satisfies(o -> assertThat(o.get("tekst").asString()).isEqualTo("Onrust bij de brug"));
        assertThat(detail.get("uitnodigingen")).singleElement().satisfies(u -> {
            assertThat(u.get("naam").asString()).isEqualTo("Api Anna");
            assertThat(u.get("verzending").asString()).isEqualTo("SENT");
            assertThat(u.get("beantwoord").asBoolean()).isTrue();
        });

        String professional = bearer(tokenFor("wijkagent.wyck", "PROFESSIONAL", List.of(WYCK)));
        JsonNode figuresOnly = http().get("/api/v1/peilingen/" + id, "Authorization", professional).json();
        assertThat(figuresOnly.get("cijfers")).isNotEmpty();
        assertThat(figuresOnly.get("opmerkingen")).isEmpty();
        assertThat(figuresOnly.get("uitnodigingen")).isEmpty();
        assertThat(figuresOnly.get("nietUitgenodigd")).isEmpty();
        Http.Response refused = http().send("POST", "/api/v1/peilingen", Http.json(Map.of("buurten", List.of(WYCK),
                "themas", List.of("wij-zij"))), "Authorization", professional, "Content-Type", "application/json");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

        String analyst = bearer(tokenFor("analist.peilingen", "ANALYST"));
        JsonNode list = http().get("/api/v1/peilingen?status=OPEN&paginaGrootte=200", "Authorization", analyst)
                .json();
        assertThat(list.get("peilingrondes").valueStream().map(r -> r.get("id").asString())).contains(id);
        assertThat(list.get("pagina").get("grootte").asInt()).isEqualTo(200);
    }

    @Test
    void closingNeedsIfMatchAndStopsTheLinks() {
        String coordinator = bearer(tokenFor("regisseur.sluiten", "COORDINATOR"));
        Actor actor = account("regisseur.sluiten").asActor();
        KeyPerson carla = active(actor, "Api Carla", "carla.api@example.org", STATENKWARTIER);
        String id = open(coordinator, STATENKWARTIER).get("id").asString();
        String firstLink = linkIn("carla.api@example.org", 1);

        Http.Response resent = http().send("POST", "/api/v1/peilingen/" + id + "/uitnodigingen/" + carla.id()
                + "/verzending", null, "Authorization", coordinator);
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        assertThat(resent.json().get("verzending").asString()).isEqualTo("SENT");
        String secondLink = linkIn("carla.api@example.org", 2);
        assertThat(secondLink).isNotEqualTo(firstLink);
        Http.Response replaced = http().get(firstLink);
        assertThat(replaced.status()).isEqualTo(410);
        assertThat(replaced.body()).contains("Er is een nieuwere link verstuurd");
        Http.Response postToReplaced = answer(firstLink, http().get(secondLink), Map.of("cijfer-wij-zij", "5"));
        assertThat(postToReplaced.status()).isEqualTo(410);
        assertThat(postToReplaced.body()).contains("nieuwere link");

        Http.Response noIfMatch = http().send("POST", "/api/v1/peilingen/" + id + "/sluiting", "{}",
                "Authorization", coordinator, "Content-Type", "application/json");
        assertThat(noIfMatch.status()).isEqualTo(428);
        assertThat(noIfMatch.json().get("code").asString()).isEqualTo("request.if-match.missing");
        String etag = http().get("/api/v1/peilingen/" + id, "Authorization", coordinator).header("ETag");
        Http.Response stale = http().send("POST", "/api/v1/peilingen/" + id + "/sluiting", "{}",
                "Authorization", coordinator, "Content-Type", "application/json", "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        Http.Response closed = http().send("POST", "/api/v1/peilingen/" + id + "/sluiting",
                "{\"reeksBeeindigen\": true}", "Authorization", coordinator, "Content-Type", "application/json",
                "If-Match", etag);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.header("ETag")).isNotEqualTo(etag);

        Http.Response gone = http().get(secondLink);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.body()).contains("Deze peiling is gesloten");
    }

    @Test
    void aRoundWithMistakesIsRefusedWithEveryFieldInDutch() {
        String coordinator = bearer(tokenFor("regisseur.fouten", "COORDINATOR"));
        Http.Response form = http().send("POST", "/api/v1/peilingen", Http.json(Map.of("buurten", List.of(WYCK),
                "themas", List.of("Geen Code"), "herhaling", "YEARLY")), "Authorization", coordinator,
                "Content-Type", "application/json");
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.header("Content-Type")).startsWith("application/problem+json");
        assertThat(names(form.json())).containsExactly("herhaling", "themas[0]");

        Http.Response references = http().send("POST", "/api/v1/peilingen", Http.json(Map.of(
                "buurten", List.of("BU09359999"), "themas", List.of("onbekend"),
                "sluit", clock.instant().minusSeconds(3600).toString())), "Authorization", coordinator,
                "Content-Type", "application/json");
        assertThat(references.status()).isEqualTo(400);
        assertThat(names(references.json())).containsExactlyInAnyOrder("buurten", "themas", "sluit");

        assertThat(http().get("/api/v1/peilingen/" + java.util.UUID.randomUUID(), "Authorization", coordinator)
                .status()).isEqualTo(404);
        assertThat(http().get("/api/v1/peilingen?status=SOMETIMES", "Authorization", coordinator).json()
                .get("invalidParams").get(0).get("name").asString()).isEqualTo("status");
    }

    @Test
    void aLinkWithPersonalDataInTheRemarkKeepsWhatWasTypedAndABadLinkGetsAClearPage() {
        String coordinator = bearer(tokenFor("regisseur.scherm", "COORDINATOR"));
        active(account("regisseur.scherm").asActor(), "Api Dirk", "dirk.api@example.org", "BU09350004");
        open(coordinator, "BU09350004");
        String link = linkIn("dirk.api@example.org", 1);

        Http.Response screened = answer(link, http().get(link), Map.of("cijfer-wij-zij", "7", "cijfer-religie", "4",
                "remark", "Mail me op dirk@example.org"));
        assertThat(screened.status()).isEqualTo(200);
        assertThat(screened.body()).contains("Uw opmerking bevat een e-mailadres")
                .contains("Mail me op dirk@example.org</textarea>")
                .containsPattern("id=\"cijfer-wij-zij-7\"[^>]*checked")
                .containsPattern("id=\"cijfer-religie-4\"[^>]*checked");
        assertThat(http().get(link).body()).as("nothing was stored").contains("Hoe is de sfeer");

        Http.Response nothingRated = answer(link, http().get(link), Map.of("remark", "Rustig"));
        assertThat(nothingRated.body()).contains("Geef voor minstens één thema een cijfer");

        for (String unknown : List.of("/peiling/" + "x".repeat(43), "/peiling/te-kort")) {
            Http.Response page = http().get(unknown);
            assertThat(page.status()).as(unknown).isEqualTo(404);
            assertThat(page.body()).contains("Deze link kennen we niet").doesNotContain("Er ging iets mis");
        }
        Http.Response noCsrf = http().send("POST", link, "cijfer-wij-zij=5", "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(noCsrf.status()).isEqualTo(403);
        assertThat(noCsrf.body()).contains("Het formulier is verlopen");
    }

    // --- helpers ---

    private JsonNode open(String coordinator, String buurt) {
        Http.Response created = http().send("POST", "/api/v1/peilingen", Http.json(Map.of("buurten", List.of(buurt),
                "themas", List.of("wij-zij", "religie"))), "Authorization", coordinator,
                "Content-Type", "application/json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Posts the answer form of the page as a browser would: with its CSRF cookie and hidden field. */
    private Http.Response answer(String link, Http.Response page, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("a CSRF field in the form").isTrue();
        String cookie = page.raw().headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf.group(1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http().send("POST", link, body, "Content-Type", "application/x-www-form-urlencoded", "Cookie",
                cookie);
    }

    private static JsonNode figures(JsonNode round, String buurt, String theme) {
        return round.get("cijfers").valueStream().filter(f -> f.get("buurt").asString().equals(buurt)
                && f.get("thema").asString().equals(theme)).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode problem) {
        List<String> names = new ArrayList<>();
        problem.get("invalidParams").forEach(p -> names.add(p.get("name").asString()));
        return names;
    }

    private KeyPerson active(Actor actor, String name, String email, String buurt) {
        KeyPerson candidate = register.registerKeyPerson(actor, new RegisterKeyPersonCommand(name, email, null,
                List.of(buurt), List.of("buren in de straat"), List.of("wij-zij"), List.of("nl"), null, null, null,
                null, null, null));
        KeyPerson withBasis = recordBasis.recordLegalBasis(actor, candidate.id().value(), new LegalBasisInput(
                "CONSENT", LocalDate.of(2026, 1, 15), List.of("NETWORK_CONTACT", "POLLS"), "getekend formulier", null),
                candidate.version());
        return changeStatus.changeStatus(actor, new ChangeStatusCommand(withBasis.id().value(), "ACTIVE",
                "Kennismaking", withBasis.version()));
    }
}
