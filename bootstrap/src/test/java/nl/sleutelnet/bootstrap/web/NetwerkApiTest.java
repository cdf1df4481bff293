package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.bootstrap.web.Http.Response;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The network figures over the API: counts for analysts, structure by name for the coordinator, what-if. One chain
 * Anna – Bram – Chris, made once for the class in its own application context.
 */
@TestPropertySource(properties = "sleutelnet.test.isolated=netwerk-api")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetwerkApiTest extends RunningApplication {

    @Autowired
    RegisterKeyPersonUseCase register;
    @Autowired
    ChangeKeyPersonStatusUseCase status;
    @Autowired
    ConnectMembersUseCase connect;

    private Http http;
    private String coordinator;
    private KeyPerson anna;
    private KeyPerson bram;
    private KeyPerson chris;

    @BeforeEach
    void chain() {
        http = http();
        coordinator = bearer(tokenFor("regisseur.api", "COORDINATOR"));
        if (anna != null) {
            return;
        }
        Actor actor = account("regisseur.api").asActor();
        anna = active(actor, "Anna Api", "BU09350502", "wij-zij");
        bram = active(actor, "Bram Api", "BU09350502", "religie");
        chris = active(actor, "Chris Api", "BU09350501", "wij-zij");
        // Dirk makes Anna's side of Bram the larger one, so "the rest" of the network is unambiguous
        KeyPerson dirk = active(actor, "Dirk Api", "BU09350502", "wij-zij");
        tie(actor, anna, bram);
        tie(actor, bram, chris);
        tie(actor, anna, dirk);
        tie(actor, bram, dirk);
    }

    @Test
    void coverageIsCountsForAnalystsWithoutNames() {
        Response response = http.get("/api/v1/netwerk/dekking", "Authorization", bearer(tokenFor("analist.api",
                "ANALYST")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Anna Api");
        JsonNode itteren = find(response.json().get("buurten"), "buurt", "BU09350502");
        assertThat(itteren.get("sleutelpersonen").intValue()).isEqualTo(3);
        assertThat(itteren.get("perThema").get("wij-zij").intValue()).isEqualTo(2);
        assertThat(response.json().get("aantalWitteVlekken").intValue()).isEqualTo(44 * 8 - 3);
        assertThat(response.json().get("witteVlekken").size()).isEqualTo(44 * 8 - 3);
    }

    @Test
    void theAnalysisSaysWhichBuurtLosesItsConnection() {
        Response response = http.get("/api/v1/netwerk/analyse?van=2025-01-01&tot=2026-12-31", "Authorization",
                coordinator);
        assertThat(response.status()).isEqualTo(200);
        JsonNode weak = response.json().get("kwetsbareSchakels");
        assertThat(weak.size()).isEqualTo(1);
        assertThat(weak.get(0).get("naam").asString()).isEqualTo("Bram Api");
        assertThat(weak.get(0).get("buurtenZonderVerbinding").get(0).asString()).isEqualTo("BU09350501");
        assertThat(response.json().get("verloop").get("nieuw").intValue()).isEqualTo(4);
        assertThat(response.json().get("verbindingen").size()).isEqualTo(4);
        // a small network: exact betweenness, not an estimate
        assertThat(response.json().get("tussenpositieBenadering").booleanValue()).isFalse();

        assertThat(http.get("/api/v1/netwerk/analyse", "Authorization", bearer(tokenFor("analist.api", "ANALYST")))
                .status()).isEqualTo(403);
        Response reversed = http.get("/api/v1/netwerk/analyse?van=2026-01-01&tot=2025-01-01", "Authorization",
                coordinator);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("tot");
    }

    @Test
    void whatIfComparesAndChangesNothing() {
        Response response = http.send("POST", "/api/v1/netwerk/wat-als", Http.json(Map.of("vertrekken",
                List.of(Map.of("soort", "KEY_PERSON", "id", bram.id().value().toString())))),
                "Authorization", coordinator, "Content-Type", "application/json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("clustersVoor").intValue()).isEqualTo(1);
        assertThat(response.json().get("clustersNa").intValue()).isEqualTo(2);
        assertThat(response.json().get("nieuweWitteVlekken").get(0).get("thema").asString()).isEqualTo("religie");
        assertThat(http.get("/api/v1/netwerk/analyse", "Authorization", coordinator).json()
                .get("kwetsbareSchakels").size()).isEqualTo(1);

        Response bad = http.send("POST", "/api/v1/netwerk/wat-als", Http.json(Map.of("vertrekken",
                List.of(Map.of("soort", "BUURMAN", "id", bram.id().value().toString())), "nieuwkomers",
                List.of(Map.of("naam", "", "buurten", List.of("Itteren"))))),
                "Authorization", coordinator, "Content-Type", "application/json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("invalidParams").toString()).contains("buurten[0]").contains("naam");
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode node : list) {
            if (node.get(field).asString().equals(value)) {
                return node;
            }
        }
        throw new AssertionError(value + " not found");
    }

    private KeyPerson active(Actor actor, String name, String buurt, String theme) {
        KeyPerson person = register.registerKeyPerson(actor, new RegisterKeyPersonCommand(name, null, null,
                List.of(buurt), null, List.of(theme), null, null, null, new LegalBasisInput("CONSENT",
                        LocalDate.of(2026, 1, 1), List.of("NETWORK_CONTACT"), "mondeling", null), null, null, null));
        return status.changeStatus(actor, new ChangeStatusCommand(person.id().value(), "ACTIVE", "Start",
                person.version()));
    }

    private void tie(Actor actor, KeyPerson one, KeyPerson other) {
        connect.connect(actor, new TieCommand(null, "KEY_PERSON", one.id().value(), "KEY_PERSON",
                other.id().value(), "KNOWS", 3, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 1), 0));
    }

    @Test
    void aListIsCheckedThenImportedOverTheApi() throws Exception {
        String csv = "naam;email;buurten\nEva Api;eva.api@example.org;Itteren\nFout;;Atlantis\n";
        java.net.http.HttpResponse<String> preview = multipart("false", csv);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("\"nieuw\":1").contains("\"fout\":1").contains("Atlantis");
        java.net.http.HttpResponse<String> done = multipart("true", csv);
        assertThat(done.body()).contains("\"bevestigd\":true").contains("\"nieuw\":1");
        assertThat(multipart("true", csv).body()).contains("\"nieuw\":0").contains("\"dubbel\":1");
    }

    private java.net.http.HttpResponse<String> multipart(String confirm, String csv) throws Exception {
        String boundary = "----sleutelnet";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"lijst.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/sleutelpersonen/import?bevestigen=" + confirm))
                .header("Authorization", coordinator).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
