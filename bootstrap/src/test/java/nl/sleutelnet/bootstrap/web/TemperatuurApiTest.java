package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.application.port.in.signal.HandleSignalCommand;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.bootstrap.web.Http.Response;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.signal.Signal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The temperature over the API: the map and roll-up with figures only, the explanation with its signals for those who
 * may see them, the daily series, alerts marked as seen with If-Match, and every bad parameter as a problem with its
 * Dutch name. Three assessed signals about Itteren × complotdenken (2.5 + 1.5 + 2.5 points on the day they are
 * reported: heated, well clear of a threshold while the clock runs), reported once for the class in its own context.
 */
@TestPropertySource(properties = "sleutelnet.test.isolated=temperatuur-api")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemperatuurApiTest extends RunningApplication {

    private static final String ITTEREN = "BU09350502";
    private static final String THEMA = "complotdenken";

    @Autowired
    ReportSignalUseCase report;
    @Autowired
    HandleSignalUseCase handle;

    private Http http;
    private String coordinator;
    private String analyst;
    private final List<Signal> signals = new ArrayList<>();

    @BeforeEach
    void threeAssessedSignals() {
        http = http();
        coordinator = bearer(tokenFor("regisseur.temp", "COORDINATOR"));
        analyst = bearer(tokenFor("analist.temp", "ANALYST"));
        if (!signals.isEmpty()) {
            return;
        }
        Actor actor = account("regisseur.temp").asActor();
        Map<String, Integer> reports = new java.util.LinkedHashMap<>();
        reports.put("Folders over een complot bij de school", 5);
        reports.put("Gesprekken op het plein over de zendmast", 3);
        reports.put("Onrust na een online oproep", 5);
        for (Map.Entry<String, Integer> r : reports.entrySet()) {
            Signal reported = report.reportSignal(actor, new ReportSignalCommand(null, null, null, "OWN_OBSERVATION",
                    List.of(ITTEREN), List.of(THEMA), r.getValue(), r.getKey(), null, null));
            signals.add(handle.handleSignal(actor, new HandleSignalCommand(reported.id().value(), "ASSESS", "HIGH",
                    "Bevestigd door de wijkagent", null, null, reported.version())));
        }
    }

    @Test
    void theMapHasEveryBuurtWithFiguresOnlyAndTheRollUpPerWijkAndCity() {
        Response response = http.get("/api/v1/temperatuur?thema=" + THEMA, "Authorization", analyst);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
        assertThat(response.body()).as("no signal content on the map").doesNotContain("complot bij de school")
                .doesNotContain(signals.get(0).id().toString());
        JsonNode map = response.json();
        assertThat(map.get("themas").size()).isEqualTo(1);
        assertThat(map.get("buurten").size()).isEqualTo(44);
        JsonNode itteren = find(map.get("buurten"), "buurt", ITTEREN);
        assertThat(itteren.get("naam").asString()).isEqualTo("Itteren");
        assertThat(itteren.get("wijk").asString()).isEqualTo("WK093505");
        assertThat(itteren.get("score").doubleValue()).isCloseTo(6.5, within(1e-3));
        assertThat(itteren.get("niveau").asString()).isEqualTo("HEATED");
        assertThat(itteren.get("trend").asString()).isEqualTo("RISING");
        assertThat(itteren.get("zekerheid").asString()).isEqualTo("MEDIUM");
        assertThat(itteren.get("bronnen").intValue()).isEqualTo(3);
        JsonNode noordoost = find(map.get("wijken"), "wijk", "WK093505");
        assertThat(noordoost.get("hoogsteNiveau").asString()).isEqualTo("HEATED");
        assertThat(noordoost.get("buurtenPerNiveau").get("CALM").intValue()).isEqualTo(3);
        assertThat(noordoost.get("warmsteBuurten").get(0).asString()).isEqualTo(ITTEREN);
        assertThat(map.get("wijken").size()).isEqualTo(7);
        assertThat(map.get("stad").get(0).get("buurtenPerNiveau").get("HEATED").intValue()).isEqualTo(1);
        assertThat(map.get("grenzen").get("verhitVanaf").doubleValue()).isEqualTo(5.0);

        JsonNode all = http.get("/api/v1/temperatuur", "Authorization", coordinator).json();
        assertThat(all.get("buurten").size()).isEqualTo(44 * all.get("themas").size());
        assertThat(http.get("/api/v1/temperatuur", "Authorization",
                bearer(tokenFor("sleutelpersoon.temp", "KEY_PERSON"))).status()).isEqualTo(403);
    }

    @Test
    void theExplanationListsTheSignalsWithTheirWeightsAddingUpToTheScore() {
        Response response = http.get("/api/v1/temperatuur/" + ITTEREN + "/" + THEMA, "Authorization", coordinator);
        assertThat(response.status()).isEqualTo(200);
        JsonNode e = response.json();
        assertThat(e.get("buurtNaam").asString()).isEqualTo("Itteren");
        assertThat(e.get("niveau").asString()).isEqualTo("HEATED");
        assertThat(e.get("signalen").size()).isEqualTo(3);
        assertThat(e.get("signalen").get(2).get("intensiteit").intValue()).as("largest first").isEqualTo(3);
        double sum = 0;
        for (JsonNode s : e.get("signalen")) {
            assertThat(s.get("betrouwbaarheid").asString()).isEqualTo("HIGH");
            assertThat(s.get("betrouwbaarheidsgewicht").doubleValue()).isEqualTo(1.0);
            assertThat(s.get("bronnengewicht").doubleValue()).isEqualTo(0.5);
            assertThat(s.get("status").asString()).isEqualTo("ASSESSED");
            assertThat(s.get("waarnemingen").intValue()).isZero();
            assertThat(s.get("punten").doubleValue()).as("intensity × reliability × sources × decay").isCloseTo(
                    s.get("intensiteit").intValue() * 1.0 * 0.5 * s.get("verval").doubleValue(), within(1e-9));
            sum += s.get("punten").doubleValue();
        }
        assertThat(e.get("score").doubleValue()).isCloseTo(sum, within(1e-9));
        assertThat(e.get("signaaldeel").doubleValue()).isCloseTo(sum, within(1e-9));
        assertThat(e.get("peilingen").size()).isZero();
        assertThat(response.body()).contains("Folders over een complot bij de school")
                .contains(signals.get(1).id().toString());

        Response forAnalyst = http.get("/api/v1/temperatuur/" + ITTEREN + "/" + THEMA, "Authorization", analyst);
        assertThat(forAnalyst.status()).isEqualTo(403);
        assertThat(forAnalyst.header("Content-Type")).startsWith("application/problem+json");
        Response otherBuurt = http.get("/api/v1/temperatuur/" + ITTEREN + "/" + THEMA, "Authorization",
                bearer(tokenFor("wijkagent.temp", "PROFESSIONAL", List.of("BU09350000"))));
        assertThat(otherBuurt.status()).isEqualTo(403);
        assertThat(otherBuurt.json().get("code").asString()).isEqualTo("temperature.explanation.not-own-buurt");
        assertThat(http.get("/api/v1/temperatuur/" + ITTEREN + "/" + THEMA, "Authorization",
                bearer(tokenFor("wijkagent.itteren", "PROFESSIONAL", List.of(ITTEREN)))).status()).isEqualTo(200);
    }

    @Test
    void theSeriesHasOneDayPerDayOldestFirst() {
        LocalDate today = today();
        Response response = http.get("/api/v1/temperatuur/" + ITTEREN + "/" + THEMA + "/reeks?van="
                + today.minusDays(9) + "&tot=" + today, "Authorization", analyst);
        assertThat(response.status()).isEqualTo(200);
        JsonNode days = response.json().get("dagen");
        assertThat(days.size()).isEqualTo(10);
        assertThat(days.get(0).get("dag").asString()).isEqualTo(today.minusDays(9).toString());
        assertThat(days.get(9).get("dag").asString()).isEqualTo(today.toString());
        assertThat(days.get(0).get("score").doubleValue()).isZero();
        assertThat(days.get(9).get("score").doubleValue()).isPositive();
        JsonNode standard = http.get("/api/v1/temperatuur/" + ITTEREN + "/" + THEMA + "/reeks", "Authorization",
                analyst).json();
        assertThat(standard.get("dagen").size()).isEqualTo(90);
        assertThat(standard.get("tot").asString()).isEqualTo(today.toString());
    }

    @Test
    void badParametersAreProblemsNamingTheDutchParameter() {
        String base = "/api/v1/temperatuur/" + ITTEREN + "/" + THEMA + "/reeks";
        assertProblem(http.get(base + "?van=2026-03-10&tot=2026-03-01", "Authorization", analyst), 400, "tot",
                "temperature.series.order");
        assertProblem(http.get(base + "?van=2025-01-01&tot=2026-03-01", "Authorization", analyst), 400, "van",
                "temperature.series.too-long");
        assertProblem(http.get(base + "?van=gisteren", "Authorization", analyst), 400, "van",
                "request.parameter.invalid");
        assertProblem(http.get("/api/v1/temperatuur/BU1/" + THEMA, "Authorization", coordinator), 400, "buurtcode",
                "neighbourhood.code.invalid");
        assertProblem(http.get("/api/v1/temperatuur?thema=Geen%20Code", "Authorization", analyst), 400, "thema",
                "theme.code.invalid");
        assertProblem(http.get("/api/v1/temperatuur?thema=bestaat-niet", "Authorization", analyst), 400, "thema",
                "theme.not-found");
        Response unknownBuurt = http.get("/api/v1/temperatuur/BU09359999/" + THEMA, "Authorization", coordinator);
        assertThat(unknownBuurt.status()).isEqualTo(404);
        assertThat(unknownBuurt.json().get("code").asString()).isEqualTo("neighbourhood.not-found");
        assertThat(http.get("/api/v1/temperatuur/" + ITTEREN + "/bestaat-niet/reeks", "Authorization", analyst)
                .status()).isEqualTo(404);
    }

    @Test
    void alertsAreForTheCoordinatorAndSeenWithIfMatch() {
        Response list = http.get("/api/v1/temperatuur/waarschuwingen", "Authorization", coordinator);
        assertThat(list.status()).isEqualTo(200);
        List<JsonNode> itteren = new ArrayList<>();
        list.json().get("waarschuwingen").forEach(w -> {
            if (w.get("buurt").asString().equals(ITTEREN)) {
                itteren.add(w);
            }
        });
        assertThat(itteren).extracting(w -> w.get("vanNiveau").asString() + ">" + w.get("naarNiveau").asString())
                .containsExactlyInAnyOrder("CALM>TENSE", "TENSE>HEATED");
        JsonNode heated = itteren.stream().filter(w -> w.get("naarNiveau").asString().equals("HEATED")).findFirst()
                .orElseThrow();
        assertThat(heated.get("buurtNaam").asString()).isEqualTo("Itteren");
        assertThat(heated.get("themaNaam").asString()).isEqualTo("Complotdenken");
        String path = "/api/v1/temperatuur/waarschuwingen/" + heated.get("id").asString();
        long open = list.json().get("open").longValue();

        Response one = http.get(path, "Authorization", coordinator);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("ETag")).isEqualTo("\"1\"");
        Response withoutIfMatch = http.send("POST", path + "/gezien", null, "Authorization", coordinator);
        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(withoutIfMatch.json().get("code").asString()).isEqualTo("request.if-match.missing");
        assertThat(http.send("POST", path + "/gezien", null, "Authorization", coordinator, "If-Match", "\"7\"")
                .status()).isEqualTo(412);
        Response seen = http.send("POST", path + "/gezien", null, "Authorization", coordinator, "If-Match", "\"1\"");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.header("ETag")).isEqualTo("\"2\"");
        assertThat(seen.json().get("open").booleanValue()).isFalse();
        assertThat(seen.json().get("gezienDoorNaam").asString()).isEqualTo("Test COORDINATOR");
        assertThat(http.send("POST", path + "/gezien", null, "Authorization", coordinator, "If-Match", "\"2\"")
                .status()).as("seen once").isEqualTo(409);
        assertThat(http.get("/api/v1/temperatuur/waarschuwingen", "Authorization", coordinator).json().get("open")
                .longValue()).isEqualTo(open - 1);

        assertThat(http.get("/api/v1/temperatuur/waarschuwingen", "Authorization", analyst).status()).isEqualTo(403);
        assertProblem(http.get("/api/v1/temperatuur/waarschuwingen?paginaGrootte=0", "Authorization", coordinator),
                400, "paginaGrootte", "page.size.invalid");
        assertThat(http.get("/api/v1/temperatuur/waarschuwingen/" + java.util.UUID.randomUUID(), "Authorization",
                coordinator).status()).isEqualTo(404);
    }

    @Test
    void aUserHasAnOptionalCheckedWorkAddress() {
        String admin = bearer(tokenFor("beheerder", "ADMIN"));
        Response created = http.send("POST", "/api/v1/gebruikers", Http.json(Map.of("gebruikersnaam",
                "regisseur.mail", "naam", "Regisseur", "rollen", List.of("COORDINATOR"), "buurten", List.of(),
                "wachtwoord", "een lang wachtwoord voor de regisseur", "email", "regisseur@maastricht.nl")),
                "Authorization", admin, "Content-Type", "application/json");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("email").asString()).isEqualTo("regisseur@maastricht.nl");

        Response wrong = http.send("POST", "/api/v1/gebruikers", Http.json(Map.of("gebruikersnaam",
                "regisseur.fout", "naam", "Regisseur", "rollen", List.of("COORDINATOR"), "buurten", List.of(),
                "wachtwoord", "een lang wachtwoord voor de regisseur", "email", "regisseur.maastricht.nl")),
                "Authorization", admin, "Content-Type", "application/json");
        assertProblem(wrong, 400, "email", "account.email.invalid");

        String id = created.json().get("id").asString();
        Response cleared = http.send("PUT", "/api/v1/gebruikers/" + id, Http.json(Map.of("naam", "Regisseur",
                "rollen", List.of("COORDINATOR"), "buurten", List.of(), "actief", true)),
                "Authorization", admin, "Content-Type", "application/json", "If-Match", created.header("ETag"));
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("email").isNull()).as("replaced by nothing").isTrue();
    }

    private static void assertProblem(Response response, int status, String parameter, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode params = response.json().get("invalidParams");
        assertThat(params).as(response.body()).isNotNull();
        assertThat(params.get(0).get("name").asString()).isEqualTo(parameter);
        assertThat(params.get(0).get("code").asString()).isEqualTo(code);
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (item.get(field) != null && value.equals(item.get(field).asString())) {
                return item;
            }
        }
        throw new AssertionError(value + " not in " + list);
    }
}
