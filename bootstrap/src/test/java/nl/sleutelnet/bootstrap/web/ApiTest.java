package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.bootstrap.web.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The REST API as a city system meets it: authentication, the Dutch API Design Rules, and clear errors. */
class ApiTest extends RunningApplication {

    private Http http;
    private String admin;

    @BeforeEach
    void setUp() {
        http = http();
        admin = bearer(tokenFor("beheerder", "ADMIN"));
    }

    @Test
    void withoutCredentialsTheApiAnswers401ProblemJsonWithItsVersion() {
        Response response = http.get("/api/v1/buurten");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().get("status").intValue()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void withATokenTheRegisterHasFortyFourBuurtenInSevenWijken() {
        Response buurten = http.get("/api/v1/buurten", "Authorization", admin);
        assertThat(buurten.status()).isEqualTo(200);
        assertThat(buurten.header("API-Version")).isEqualTo("1.0.0");
        assertThat(buurten.header("Cache-Control")).contains("no-store");
        assertThat(buurten.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(buurten.json().get("buurten").size()).isEqualTo(44);

        Response wijken = http.get("/api/v1/wijken", "Authorization", admin);
        JsonNode list = wijken.json().get("wijken");
        assertThat(list.size()).isEqualTo(7);
        int total = 0;
        for (JsonNode wijk : list) {
            total += wijk.get("inwoners").intValue();
        }
        assertThat(total).isEqualTo(125_245);

        JsonNode malberg = http.get("/api/v1/buurten/BU09350207", "Authorization", admin).json();
        assertThat(malberg.get("naam").asString()).isEqualTo("Malberg");
        assertThat(malberg.get("wijk").asString()).isEqualTo("WK093502");
        assertThat(malberg.get("inwoners").intValue()).isEqualTo(5355);
        assertThat(malberg.get("geometrie").get("type").asString()).isEqualTo("Polygon");

        JsonNode sintPieter = http.get("/api/v1/buurten/BU09350105", "Authorization", admin).json();
        assertThat(sintPieter.get("inwoners").isNull()).isTrue();
    }

    @Test
    void buurtenCanBeFilteredAndServedAsGeoJson() {
        JsonNode oost = http.get("/api/v1/buurten?wijk=WK093504", "Authorization", admin).json();
        assertThat(oost.get("buurten").size()).isEqualTo(7);
        Response geo = http.get("/api/v1/buurten", "Authorization", admin, "Accept", "application/geo+json");
        assertThat(geo.status()).isEqualTo(200);
        assertThat(geo.header("Content-Type")).startsWith("application/geo+json");
        assertThat(geo.json().get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geo.json().get("features").size()).isEqualTo(44);
        assertThat(geo.json().get("features").get(0).get("geometry").get("coordinates").get(0).size())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void aBadCodeIs400NamingTheParameterAndAnUnknownOneIs404() {
        Response bad = http.get("/api/v1/buurten/BU123", "Authorization", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("code");
        assertThat(bad.json().get("invalidParams").get(0).get("reason").asString()).contains("BU followed by 8 digits");

        Response unknown = http.get("/api/v1/buurten/BU09359999", "Authorization", admin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("neighbourhood.not-found");

        Response badFilter = http.get("/api/v1/buurten?wijk=Centrum", "Authorization", admin);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("wijk");
    }

    @Test
    void everyMissingFieldIsListedAtOnceInDutch() {
        Response response = http.send("POST", "/api/v1/gebruikers", "{\"rollen\": [\"BAAS\"], \"buurten\": [\"X\"]}",
                "Authorization", admin, "Content-Type", "application/json");
        assertThat(response.status()).isEqualTo(400);
        List<String> names = new ArrayList<>();
        response.json().get("invalidParams").forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).containsExactlyInAnyOrder("buurten[0]", "gebruikersnaam", "naam", "rollen[0]",
                "wachtwoord");
    }

    @Test
    void aWrongContentTypeOrBrokenJsonIsAProblemNotAServerError() {
        Response text = http.send("POST", "/api/v1/themas", "code=x", "Authorization", admin,
                "Content-Type", "text/plain");
        assertThat(text.status()).as(text.body()).isEqualTo(415);
        assertThat(text.json().has("invalidParams")).as(text.body()).isTrue();
        assertThat(text.header("Content-Type")).startsWith("application/problem+json");
        assertThat(text.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("Content-Type");

        Response broken = http.send("POST", "/api/v1/themas", "{\"code\": ", "Authorization", admin,
                "Content-Type", "application/json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("code").asString()).isEqualTo("request.body.unreadable");

        Response wrongType = http.send("PUT", "/api/v1/themas/religie", "{\"naam\": \"R\", \"positie\": \"eerste\"}",
                "Authorization", admin, "Content-Type", "application/json", "If-Match", "\"1\"");
        assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(400);
        assertThat(wrongType.json().has("invalidParams")).as(wrongType.body()).isTrue();
        assertThat(wrongType.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("positie");
    }

    @Test
    void aTruncatedOrMisspelledBodyIsCalledBrokenJsonWithWhereNotAWrongType() {
        // a body cut off after a field or inside a value, or missing a comma or a quote: the client must mend the JSON
        // itself, not the value of the field the parser happened to be in
        for (String body : List.of("{\"naam\": \"R\", \"positie\": 1", "{\"naam\": \"R\", \"positie\": ",
                "{\"naam\": \"Religie en spann", "{\"naam\": \"R\" \"positie\": 1}",
                "{\"naam\": \"R, \"positie\": 1}")) {
            Response broken = http.send("PUT", "/api/v1/themas/religie", body, "Authorization", admin,
                    "Content-Type", "application/json", "If-Match", "\"1\"");
            assertThat(broken.status()).as(body).isEqualTo(400);
            assertThat(broken.header("Content-Type")).as(body).startsWith("application/problem+json");
            assertThat(broken.json().get("code").asString()).as(broken.body()).isEqualTo("request.body.unreadable");
            assertThat(broken.json().get("detail").asString()).as(broken.body())
                    .contains("not valid JSON").containsPattern("line 1, column \\d+");
            assertThat(broken.json().has("invalidParams")).as(broken.body()).isFalse();
        }
    }

    @Test
    void anUnknownAddressIs404ProblemJson() {
        Response response = http.get("/api/v1/bestaat-niet", "Authorization", admin);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
    }

    @Test
    void themesAreChangedAgainstTheVersionRead() {
        Response read = http.get("/api/v1/themas/religie", "Authorization", admin);
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        String change = Http.json(Map.of("naam", "Religieuze spanningen", "omschrijving", "", "positie", 0,
                "actief", true));
        Response missing = http.send("PUT", "/api/v1/themas/religie", change, "Authorization", admin,
                "Content-Type", "application/json");
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.json().get("detail").asString()).contains("If-Match");

        Response changed = http.send("PUT", "/api/v1/themas/religie", change, "Authorization", admin,
                "Content-Type", "application/json", "If-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");

        Response stale = http.send("PUT", "/api/v1/themas/religie", change, "Authorization", admin,
                "Content-Type", "application/json", "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("version.stale");
    }

    @Test
    void aCoordinatorMayReadButNotConfigure() {
        String coordinator = bearer(tokenFor("regisseur", "COORDINATOR"));
        assertThat(http.get("/api/v1/themas", "Authorization", coordinator).status()).isEqualTo(200);
        Response refused = http.send("POST", "/api/v1/themas", "{\"code\":\"x\",\"naam\":\"X\"}",
                "Authorization", coordinator, "Content-Type", "application/json");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("ADMIN");
        assertThat(http.get("/api/v1/gebruikers", "Authorization", coordinator).status()).isEqualTo(403);
    }

    @Test
    void anAdminIssuesAndRevokesATokenThroughTheApi() {
        Response created = http.send("POST", "/api/v1/gebruikers", Http.json(Map.of("gebruikersnaam", "zaaksysteem",
                "naam", "Zaaksysteem", "rollen", List.of("ANALYST"), "buurten", List.of(),
                "wachtwoord", "een lang wachtwoord voor het zaaksysteem")),
                "Authorization", admin, "Content-Type", "application/json");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/v1/gebruikers/");
        assertThat(created.body()).doesNotContain("wachtwoord\"");
        String id = created.json().get("id").asString();

        Response issued = http.send("POST", "/api/v1/gebruikers/" + id + "/tokens", "{\"naam\":\"Koppeling\"}",
                "Authorization", admin, "Content-Type", "application/json");
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.json().get("geheim").asString();
        assertThat(secret).startsWith("snt_");
        assertThat(http.get("/api/v1/wijken", "Authorization", bearer(secret)).status()).isEqualTo(200);

        String tokenId = issued.json().get("token").get("id").asString();
        Response revoked = http.send("DELETE", "/api/v1/gebruikers/" + id + "/tokens/" + tokenId, null,
                "Authorization", admin);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("actief").booleanValue()).isFalse();
        Response refused = http.get("/api/v1/wijken", "Authorization", bearer(secret));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asString()).contains("revoked");
    }

    @Test
    void theOpenApiDocumentIsPublicAndFollowsTheDesignRules() {
        Response response = http.get("/api/v1/openapi.json", "Origin", "https://ontwikkelaar.example");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        JsonNode doc = response.json();
        assertThat(doc.get("info").get("version").asString()).isEqualTo("1.0.0");
        assertThat(doc.get("info").get("contact").has("email")).isTrue();
        assertThat(doc.get("info").get("contact").has("url")).isTrue();
        assertThat(doc.get("servers").get(0).get("url").asString()).contains("/v1");
        assertThat(doc.get("paths").has("/buurten")).isTrue();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String where = operation.getKey() + " " + path.getKey();
            JsonNode responses = operation.getValue().get("responses");
            responses.properties().forEach(r -> {
                if (r.getKey().startsWith("2")) {
                    assertThat(r.getValue().get("headers").has("API-Version")).as(where).isTrue();
                }
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    assertThat(r.getValue().get("content").has("application/problem+json")).as(where).isTrue();
                }
            });
            if (operation.getKey().equals("post") || operation.getKey().equals("put")) {
                assertThat(responses.has("400")).as(where).isTrue();
            }
            assertThat(path.getKey()).as("kebab-case, no trailing slash").matches("(/[a-z0-9-]+|/\\{[a-zA-Z]+})+");
        }));
    }

    @Test
    void peopleAreSentToTheSignInPageAndOnlyItIsPublic() {
        Response start = http.get("/");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.header("Location")).endsWith("/inloggen");
        assertThat(http.get("/inloggen").status()).isEqualTo(200);
        assertThat(http.get("/inloggen").header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(http.get("/css/sleutelnet.css").status()).isEqualTo(200);
        assertThat(http.get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
        assertThat(http.get("/actuator/health").status()).isEqualTo(200);
        assertThat(http.get("/buurten").status()).isEqualTo(302);
        assertThat(http.get("/beheer/gebruikers").status()).isEqualTo(302);
    }
}
