package nl.sleutelnet.bootstrap.web;

import static nl.sleutelnet.bootstrap.web.Http.body;
import static nl.sleutelnet.bootstrap.web.Http.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sleutelnet.bootstrap.web.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Interventions through the REST API, as a city system meets them: planned from assessed signals, every bad field
 * named at once, changes against the version read, a withdrawal the temperature does not allow refused with what is
 * missing, and closing with computed temperatures. Its own context on H2; its buurt (Malberg) is shared with nobody
 * else in it.
 */
@TestPropertySource(properties = "sleutelnet.test.isolated=interventies-api")
class InterventiesApiTest extends RunningApplication {

    private static final String PATH = "/api/v1/interventies";
    private static final String MALBERG = "BU09350207";
    private static final String WYCK = "BU09350101";

    private Http http;
    private String coordinator;

    @BeforeEach
    void setUp() {
        http = http();
        coordinator = bearer(tokenFor("interventies.regisseur", "COORDINATOR"));
    }

    @Test
    void badInputNamesEveryFieldInDutchAndNothingIsPlanned() {
        Response refused = post(PATH, body("titel", " ", "doel", "Bel 06-12345678 voor meer", "type", "FEEST",
                "buurten", List.of("Malberg"), "themas", List.of(), "betrokkenheid", "WITHDRAWN"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.problemFields()).containsExactlyInAnyOrder("betrokkenheid", "buurten[0]", "doel",
                "themas", "titel", "type");
        assertThat(refused.json().get("detail").asString()).startsWith("Please correct: ").doesNotContain("12345678");

        Response badFilters = http.get(PATH + "?status=KLAAR&betrokkenheid=ALLES&buurt=Malberg", "Authorization",
                coordinator);
        assertThat(badFilters.problemFields()).containsExactlyInAnyOrder("status", "betrokkenheid", "buurt");
        String analyst = bearer(tokenFor("interventies.analist", "ANALYST"));
        assertThat(http.get(PATH, "Authorization", analyst).status()).isEqualTo(403);
    }

    @Test
    void plannedFromAnAssessedSignalChangedAgainstItsVersionRefusedWithdrawalThenClosedWithComputedTemperatures() {
        // three reliable signals of intensity 5 in Malberg: 3 × 5 × 1.0 × 0.5 = 7.5, HEATED
        String first = assessedSignal(MALBERG);
        assessedSignal(MALBERG);
        assessedSignal(MALBERG);
        String received = signal(MALBERG);

        Response created = post(PATH, plan(first));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode planned = created.json();
        String location = created.header("Location");
        assertThat(location).isEqualTo(PATH + "/" + planned.get("id").asString());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(planned.get("status").asString()).isEqualTo("PLANNED");
        assertThat(planned.get("betrokkenheid").asString()).isEqualTo("LEAD");
        assertThat(texts(planned.get("signalen"))).containsExactly(first);
        assertThat(planned.get("eigenaar").asString())
                .isEqualTo(account("interventies.regisseur").id().value().toString());
        assertThat(planned.get("tijdlijn").get(0).get("soort").asString()).isEqualTo("PLANNED");
        assertThat(planned.get("terugtrekken").isNull()).as("nothing to decide while planned").isTrue();
        Response signal = http.get("/api/v1/signalen/" + first, "Authorization", coordinator);
        assertThat(signal.json().get("status").asString()).isEqualTo("ACTED");
        assertThat(signal.json().get("interventie").asString()).isEqualTo(planned.get("id").asString());

        Response noVersion = post(location + "/notities", body("notitie", "Overleg met de school"));
        assertThat(noVersion.status()).isEqualTo(428);
        assertThat(noVersion.json().get("code").asString()).isEqualTo("request.if-match.missing");
        Response noted = post(location + "/notities", body("notitie", "Overleg met de school"), "If-Match", "\"1\"");
        assertThat(noted.status()).as(noted.body()).isEqualTo(200);
        assertThat(noted.header("ETag")).isEqualTo("\"2\"");
        Response stale = post(location + "/notities", body("notitie", "Nog een overleg"), "If-Match", "\"1\"");
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(get(location).json().get("tijdlijn")).as("the stale change left nothing").hasSize(2);

        Response notAssessed = post(location + "/signalen", body("signaal", received), "If-Match", "\"2\"");
        assertThat(notAssessed.status()).as(notAssessed.body()).isEqualTo(409);
        assertThat(notAssessed.json().get("code").asString()).isEqualTo("intervention.signal.not-assessed");

        String me = account("interventies.regisseur").id().value().toString();
        Response task = post(location + "/taken", body("omschrijving", "Bijeenkomst in De Kring voorbereiden",
                "behandelaar", me, "uiterlijk", today().minusDays(2).toString()), "If-Match", "\"2\"");
        assertThat(task.status()).as(task.body()).isEqualTo(200);
        JsonNode overdue = task.json().get("taken").get(0);
        assertThat(overdue.get("achterstallig").booleanValue()).as("due before today").isTrue();
        Response badTask = post(location + "/taken", body("omschrijving", "", "uiterlijk", "morgen"),
                "If-Match", "\"3\"");
        assertThat(badTask.status()).as(badTask.body()).isEqualTo(400);
        Response done = post(location + "/taken/" + overdue.get("id").asString() + "/stappen",
                body("stap", "COMPLETE", "toelichting", "Zaal geregeld"), "If-Match", "\"3\"");
        assertThat(done.json().get("taken").get(0).get("achterstallig").booleanValue()).isFalse();

        Response early = post(location + "/start", body("exitNiveau", "TENSE", "exitDagen", 7), "If-Match", "\"4\"");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("intervention.capacity.missing");
        Response badStart = post(location + "/start", body("exitNiveau", "ESCALATING", "exitDagen", 400),
                "If-Match", "\"4\"");
        assertThat(badStart.problemFields()).containsExactlyInAnyOrder("exitNiveau", "exitDagen");
        Response capacity = put(location + "/draagkracht", body("initiatieven", List.of("Inloop in De Kring"),
                "draagkracht", "MEDIUM", "oordeel", "De buurt draagt gesprekken, maar bereikt de jongeren niet."),
                "If-Match", "\"4\"");
        assertThat(capacity.status()).as(capacity.body()).isEqualTo(200);
        assertThat(capacity.json().get("draagkracht").get("draagkracht").asString()).isEqualTo("MEDIUM");
        Response started = post(location + "/start", body("exitNiveau", "TENSE", "exitDagen", 7),
                "If-Match", "\"5\"");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("status").asString()).isEqualTo("ACTIVE");
        JsonNode decision = started.json().get("terugtrekken");
        assertThat(decision.get("toegestaan").booleanValue()).isFalse();
        assertThat(decision.get("huidigNiveau").asString()).isEqualTo("HEATED");
        assertThat(decision.get("dagenTekort").intValue()).isEqualTo(7);
        JsonNode days = started.json().get("temperatuur");
        assertThat(days.get(days.size() - 1).get("niveau").asString()).isEqualTo("HEATED");

        Response down = post(location + "/betrokkenheid", body("betrokkenheid", "MONITOR", "reden",
                "De school neemt de gesprekken over"), "If-Match", "\"6\"");
        assertThat(down.status()).as(down.body()).isEqualTo(200);
        assertThat(down.json().get("betrokkenheid").asString()).isEqualTo("MONITOR");

        Response refused = post(location + "/betrokkenheid", body("betrokkenheid", "WITHDRAWN", "reden",
                "De buurt draagt het zelf"), "If-Match", "\"7\"");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("intervention.withdrawal.refused");
        assertThat(refused.json().get("detail").asString()).contains("the scope is HEATED, above the exit level TENSE",
                "7 more days are needed", today().plusDays(7).toString());
        assertThat(refused.json().get("besluit").get("dagenTekort").intValue()).isEqualTo(7);
        assertThat(refused.json().get("besluit").get("vroegsteDag").asString())
                .isEqualTo(today().plusDays(7).toString());
        assertThat(get(location).json().get("betrokkenheid").asString()).isEqualTo("MONITOR");

        Response justified = post(location + "/betrokkenheid", body("betrokkenheid", "WITHDRAWN", "reden",
                "De buurt draagt het zelf", "verantwoording", "De wijkvereniging en de school dragen het samen; de "
                        + "regisseur blijft bereikbaar."), "If-Match", "\"7\"");
        assertThat(justified.status()).as(justified.body()).isEqualTo(200);
        JsonNode step = last(justified.json().get("stappen"));
        assertThat(step.get("naar").asString()).isEqualTo("WITHDRAWN");
        assertThat(step.get("verantwoording").asString()).startsWith("De wijkvereniging");
        assertThat(step.get("besluit").get("toegestaan").booleanValue()).isFalse();

        Response incomplete = post(location + "/evaluatie", body("uitkomst", "GOED"), "If-Match", "\"8\"");
        assertThat(incomplete.problemFields()).containsExactlyInAnyOrder("uitkomst", "lessen", "vervolg");
        Map<String, Object> evaluation = body("uitkomst", "PARTLY", "lessen", "Eerder de school betrekken",
                "vervolg", "Over drie maanden opnieuw peilen", "temperatuurBijStart",
                body("niveau", "CALM", "score", 0.0));
        Response closed = post(location + "/evaluatie", evaluation, "If-Match", "\"8\"");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        JsonNode computed = closed.json().get("evaluatie");
        assertThat(computed.get("uitkomst").asString()).isEqualTo("PARTLY");
        assertThat(computed.get("temperatuurBijStart").get("niveau").asString())
                .as("computed by Sleutelnet, not the CALM that was sent").isEqualTo("HEATED");
        assertThat(computed.get("temperatuurBijStart").get("score").doubleValue()).isGreaterThan(7.4);
        assertThat(last(closed.json().get("tijdlijn")).get("soort").asString()).isEqualTo("CLOSED");
        Response after = post(location + "/notities", body("notitie", "Nog iets"), "If-Match", "\"9\"");
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.json().get("code").asString()).isEqualTo("intervention.closed");

        Response board = http.get(PATH + "?status=CLOSED&buurt=" + MALBERG, "Authorization", coordinator);
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        board.json().get("interventies").forEach(s -> ids.add(s.get("id").asString()));
        assertThat(ids).contains(planned.get("id").asString());
        Response wyck = http.get(PATH + "?buurt=" + WYCK, "Authorization", coordinator);
        assertThat(wyck.json().get("interventies").toString()).doesNotContain(planned.get("id").asString());
    }

    @Test
    void rolesTagADynamicWithAPeriodAndTheApiHasNoFieldForAPerson() {
        Response created = post(PATH, plan(null));
        String location = created.header("Location");
        Response wrongPeriod = post(location + "/dynamiek", body("rol", "LEIDER", "dynamiek", "",
                "van", "2026-03-10", "tot", "2026-03-01"), "If-Match", "\"1\"");
        assertThat(wrongPeriod.problemFields()).containsExactlyInAnyOrder("rol", "dynamiek", "tot");
        Response tagged = post(location + "/dynamiek", body("rol", "PUSHER", "dynamiek",
                "Een groep op het schoolplein zet de toon tegen de opvang", "van", "2026-03-01",
                "persoon", UUID.randomUUID().toString()), "If-Match", "\"1\"");
        assertThat(tagged.status()).as(tagged.body()).isEqualTo(200);
        JsonNode tag = tagged.json().get("dynamiek").get(0);
        assertThat(tag.get("rol").asString()).isEqualTo("PUSHER");
        assertThat(tag.get("tot").isNull()).isTrue();
        List<String> fields = new ArrayList<>();
        tag.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("id", "rol", "dynamiek", "van", "tot");
        Response removed = http.send("DELETE", location + "/dynamiek/" + tag.get("id").asString(), null,
                "Authorization", coordinator, "If-Match", "\"2\"");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("dynamiek")).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesInterventionsAndHasNoFieldForAComputedTemperature() {
        JsonNode doc = http.get("/api/v1/openapi.json").json();
        JsonNode paths = doc.get("paths");
        assertThat(paths.get("/interventies").get("post").get("responses").has("201")).isTrue();
        for (String path : List.of("/interventies/{id}/betrokkenheid", "/interventies/{id}/evaluatie",
                "/interventies/{id}/taken", "/interventies/{id}/deelnemers", "/interventies/{id}/start",
                "/interventies/{id}/dynamiek", "/interventies/{id}/notities", "/interventies/{id}/signalen",
                "/interventies/{id}/taken/{taak}/stappen")) {
            assertThat(paths.get(path).get("post").get("responses").has("412")).as(path).isTrue();
            assertThat(paths.get(path).get("post").get("responses").has("400")).as(path).isTrue();
        }
        assertThat(paths.get("/interventies/{id}/draagkracht").get("put").get("responses").has("412")).isTrue();
        JsonNode schemas = doc.get("components").get("schemas");
        List<String> evaluationInput = new ArrayList<>();
        schemas.get("EvaluatieInvoer").get("properties").propertyNames().forEach(evaluationInput::add);
        assertThat(evaluationInput).containsExactlyInAnyOrder("uitkomst", "lessen", "vervolg");
        List<String> dynamicInput = new ArrayList<>();
        schemas.get("NieuweDynamiek").get("properties").propertyNames().forEach(dynamicInput::add);
        assertThat(dynamicInput).containsExactlyInAnyOrder("rol", "dynamiek", "van", "tot");
        assertThat(schemas.get("Taak").get("properties").get("uiterlijk").get("format").asString())
                .isEqualTo("date");
        List<String> tags = new ArrayList<>();
        doc.get("tags").forEach(t -> tags.add(t.get("name").asString()));
        assertThat(tags).contains("Interventies");
    }

    // ---- helpers

    private Map<String, Object> plan(String signal) {
        return body("titel", "Gesprekken bij het winkelcentrum", "doel", "Jongeren en omwonenden praten weer met "
                + "elkaar", "type", "DIALOGUE", "buurten", List.of(MALBERG), "themas", List.of("wij-zij"),
                "signalen", signal == null ? List.of() : List.of(signal));
    }

    private String signal(String buurt) {
        Response reported = post("/api/v1/signalen", body("hoeVerkregen", "OWN_OBSERVATION", "buurten", List.of(buurt),
                "themas", List.of("wij-zij"), "intensiteit", 5, "omschrijving", "Spandoeken met wij-zij-leuzen"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        return reported.json().get("id").asString();
    }

    private String assessedSignal(String buurt) {
        String id = signal(buurt);
        Response assessed = post("/api/v1/signalen/" + id + "/stappen", body("stap", "ASSESS", "betrouwbaarheid",
                "HIGH", "toelichting", "Bevestigd door de wijkagent"), "If-Match", "\"1\"");
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
        return id;
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private Response get(String path) {
        return http.get(path, "Authorization", coordinator);
    }

    private Response post(String path, Map<String, Object> body, String... headers) {
        return send("POST", path, body, headers);
    }

    private Response put(String path, Map<String, Object> body, String... headers) {
        return send("PUT", path, body, headers);
    }

    private Response send(String method, String path, Map<String, Object> body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", coordinator, "Content-Type", "application/json"));
        all.addAll(List.of(headers));
        return http.send(method, path, Http.json(body), all.toArray(String[]::new));
    }
}
