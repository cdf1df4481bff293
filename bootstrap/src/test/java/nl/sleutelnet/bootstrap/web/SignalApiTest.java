package nl.sleutelnet.bootstrap.web;

import static nl.sleutelnet.bootstrap.web.Http.body;
import static nl.sleutelnet.bootstrap.web.Http.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.UUID;
import nl.sleutelnet.bootstrap.web.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Signals through the REST API, as a city system (or a reporting app) meets them. Shares the application with the
 * other API tests: each test marks its signals with a word of its own and never assumes a list is empty.
 */
class SignalApiTest extends RunningApplication {

    private static final String MALBERG = "BU09350207";
    private static final String WYCK = "BU09350101";

    private Http http;
    private String coordinator;
    private String unique;

    @BeforeEach
    void setUp() {
        http = http();
        coordinator = bearer(tokenFor("signalen.regisseur", "COORDINATOR"));
        unique = "kenmerk" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aReportWithAPhoneNumberIsRefusedPointingAtTheTextAndNothingIsStored() {
        String description = "Spanning na de wijkavond " + unique + ", bel 06-12345678 voor namen";
        Response refused = post(coordinator, "/api/v1/signalen", report(MALBERG, description));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.problemFields()).containsExactly("omschrijving");
        JsonNode problem = refused.json().get("invalidParams").get(0);
        assertThat(problem.get("code").asString()).isEqualTo("signal.personal-data");
        assertThat(problem.get("reason").asString()).contains("a phone number", "position " + (description.indexOf("06-") + 1))
                .doesNotContain("12345678");
        assertThat(summaries(coordinator, "status=OPEN&paginaGrootte=100")).noneMatch(s -> s.contains(unique));
    }

    @Test
    void aSignalIsReportedHandledStepByStepAgainstItsVersionAndFollowedByItsCode() {
        Response created = post(coordinator, "/api/v1/signalen", report(MALBERG, "Onrust bij de opvang " + unique));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode signal = created.json();
        String location = created.header("Location");
        assertThat(location).isEqualTo("/api/v1/signalen/" + signal.get("id").asString());
        assertThat(signal.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(signal.get("melder").get("soort").asString()).isEqualTo("STAFF");
        assertThat(signal.get("behandelaar").asString())
                .isEqualTo(account("signalen.regisseur").id().value().toString());
        assertThat(texts(signal.get("buurten"))).containsExactly(MALBERG);
        assertThat(signal.get("intensiteit").intValue()).isEqualTo(4);
        assertThat(signal.get("achterstallig").booleanValue()).isFalse();
        assertThat(signal.get("beoordeling").isNull()).isTrue();
        String code = signal.get("volgcode").asString();

        Response noVersion = post(coordinator, location + "/stappen", body("stap", "ASSESS"));
        assertThat(noVersion.status()).isEqualTo(428);
        assertThat(noVersion.json().get("code").asString()).isEqualTo("request.if-match.missing");
        Response incomplete = post(coordinator, location + "/stappen", body("stap", "ASSESS"), "If-Match", "\"1\"");
        assertThat(incomplete.problemFields()).containsExactlyInAnyOrder("betrouwbaarheid", "toelichting");

        Response assessed = post(coordinator, location + "/stappen", body("stap", "ASSESS", "betrouwbaarheid", "HIGH",
                "toelichting", "Bevestigd door het jongerenwerk"), "If-Match", "\"1\"");
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
        assertThat(assessed.header("ETag")).isEqualTo("\"2\"");
        assertThat(assessed.json().get("beoordeling").get("betrouwbaarheid").asString()).isEqualTo("HIGH");
        Response stale = post(coordinator, location + "/stappen", body("stap", "NO_ACTION", "toelichting", "Loopt"),
                "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        Response wrongStep = post(coordinator, location + "/stappen", body("stap", "CLOSE"), "If-Match", "\"2\"");
        assertThat(wrongStep.status()).isEqualTo(409);
        assertThat(wrongStep.json().get("detail").asString()).contains("ACTED, NO_ACTION");

        Response tracked = http.get("/api/v1/meldingen/" + code.toLowerCase());
        assertThat(tracked.status()).as("public, without a token").isEqualTo(200);
        assertThat(tracked.json().get("status").asString()).isEqualTo("ASSESSED");
        assertThat(tracked.body()).doesNotContain("Bevestigd", "HIGH", "behandelaar", unique);
        Response unknown = http.get("/api/v1/meldingen/AAAA-BBBB-CC");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("signal.tracking-code.unknown");
    }

    @Test
    void aSightingByAnOpenSourceRaisesTheIndependentSources() {
        String location = post(coordinator, "/api/v1/signalen", report(MALBERG, "Affiches " + unique))
                .header("Location");
        Response seen = post(coordinator, location + "/waarnemingen", body("melderSoort", "OPEN_SOURCE",
                "openBron", "Openbare Facebookgroep Malberg", "hoeVerkregen", "PUBLIC_ONLINE",
                "toelichting", "Foto van dezelfde affiches"));
        assertThat(seen.status()).as(seen.body()).isEqualTo(201);
        assertThat(seen.json().get("onafhankelijkeBronnen").intValue()).isEqualTo(2);
        assertThat(seen.json().get("waarnemingen").get(0).get("melder").get("omschrijving").asString())
                .isEqualTo("Openbare Facebookgroep Malberg");
        Response covert = post(coordinator, location + "/waarnemingen", body("melderSoort", "INFORMANT",
                "hoeVerkregen", "UNDERCOVER"));
        assertThat(covert.problemFields()).containsExactlyInAnyOrder("melderSoort", "hoeVerkregen");
    }

    @Test
    void theInboxFiltersAndAProfessionalSeesOnlyTheirBuurten() {
        post(coordinator, "/api/v1/signalen", report(MALBERG, "Malberg " + unique));
        post(coordinator, "/api/v1/signalen", report(WYCK, "Wyck " + unique));
        assertThat(summaries(coordinator, "buurt=" + WYCK + "&paginaGrootte=100"))
                .anyMatch(s -> s.equals("Wyck " + unique)).noneMatch(s -> s.equals("Malberg " + unique));

        String professional = bearer(tokenFor("signalen.wijkagent.wyck", "PROFESSIONAL", List.of(WYCK)));
        assertThat(summaries(professional, "paginaGrootte=100")).contains("Wyck " + unique)
                .doesNotContain("Malberg " + unique);
        String analyst = bearer(tokenFor("signalen.analist", "ANALYST"));
        assertThat(http.get("/api/v1/signalen", "Authorization", analyst).status()).isEqualTo(403);

        Response badFilters = http.get("/api/v1/signalen?status=OPGELOST&buurt=Malberg&behandelaar=piet",
                "Authorization", coordinator);
        assertThat(badFilters.problemFields()).containsExactlyInAnyOrder("behandelaar");
        Response badStatus = http.get("/api/v1/signalen?status=OPGELOST&buurt=Malberg", "Authorization",
                coordinator);
        assertThat(badStatus.problemFields()).containsExactlyInAnyOrder("status", "buurt");
    }

    @Test
    void parallelReportsWithOneIdempotencyKeyMakeOneSignalAndTheKeyCannotBeReusedForAnotherReport() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> report = report(MALBERG, "Dubbel verstuurd " + unique);
        int clients = 8;
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(coordinator, "/api/v1/signalen", report, "Idempotency-Key", key);
                }));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.body()).isEqualTo(201);
                ids.add(response.json().get("id").asString());
            }
            assertThat(ids).as("every client got the same signal").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(summaries(coordinator, "paginaGrootte=100")).filteredOn(("Dubbel verstuurd " + unique)::equals)
                .hasSize(1);

        Response reused = post(coordinator, "/api/v1/signalen", report(MALBERG, "Iets anders " + unique),
                "Idempotency-Key", key);
        assertThat(reused.status()).as(reused.body()).isEqualTo(409);
        assertThat(reused.json().get("code").asString()).isEqualTo("signal.request-key.reused");
        assertThat(summaries(coordinator, "paginaGrootte=100")).doesNotContain("Iets anders " + unique);
        Response badKey = post(coordinator, "/api/v1/signalen", report(MALBERG, "Sleutel " + unique),
                "Idempotency-Key", "x".repeat(256));
        assertThat(badKey.problemFields()).containsExactly("Idempotency-Key");
    }

    private Map<String, Object> report(String buurt, String description) {
        return body("hoeVerkregen", "OWN_OBSERVATION", "buurten", List.of(buurt), "themas", List.of("wij-zij"),
                "intensiteit", 4, "omschrijving", description);
    }

    private List<String> summaries(String auth, String query) {
        Response list = http.get("/api/v1/signalen?" + query, "Authorization", auth);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> descriptions = new ArrayList<>();
        list.json().get("signalen").forEach(s -> descriptions.add(s.get("omschrijving").asString()));
        return descriptions;
    }

    private Response post(String auth, String path, Map<String, Object> body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", auth, "Content-Type", "application/json"));
        all.addAll(List.of(headers));
        return http.send("POST", path, Http.json(body), all.toArray(String[]::new));
    }
}
