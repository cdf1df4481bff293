package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.bootstrap.web.Http.Response;
import nl.sleutelnet.domain.network.KeyPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The audit log as a city system's reads leave it, and as the administrator reads it through the API. */
class AuditlogApiTest extends RunningApplication {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";

    @Autowired
    private RegisterKeyPersonUseCase register;

    private Http http;
    private String coordinator;
    private String admin;

    @BeforeEach
    void setUp() {
        http = http();
        coordinator = bearer(tokenFor("audit.regisseur", "COORDINATOR"));
        admin = bearer(tokenFor("audit.beheerder", "ADMIN"));
    }

    @Test
    void aCitySystemsReadOfAKeyPersonIsRecordedWithItsTokenAddressAndTrace() {
        KeyPerson anna = register.registerKeyPerson(account("audit.regisseur").asActor(), new RegisterKeyPersonCommand("Anna Audit", null,
                null, List.of("BU09350207"), List.of("ouders"), List.of("wij-zij"), List.of("nl"), null, null, null,
                null, null, null));
        String id = anna.id().value().toString();
        Response read = http.get("/api/v1/sleutelpersonen/" + id, "Authorization", coordinator, "traceparent",
                "00-" + TRACE + "-b7ad6b7169203331-01");
        assertThat(read.status()).as(read.body()).isEqualTo(200);

        Response log = http.get("/api/v1/auditlog?actie=ShowKeyPerson&objectId=" + id, "Authorization", admin);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        JsonNode entries = log.json().get("regels");
        assertThat(entries.size()).isEqualTo(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("actorNaam").asString()).isEqualTo("audit.regisseur");
        assertThat(entry.get("actorAccount").asString()).isEqualTo(account("audit.regisseur").id().value().toString());
        assertThat(entry.get("actie").asString()).isEqualTo("ShowKeyPersonUseCase.showKeyPerson");
        assertThat(entry.get("doel").asString()).isEqualTo("NETWORK_CONTACT");
        assertThat(entry.get("objectType").asString()).isEqualTo("KeyPerson");
        assertThat(entry.get("objectId").asString()).isEqualTo(id);
        assertThat(Http.texts(entry.get("betrokkenen"))).containsExactly(id);
        assertThat(entry.get("resultaat").asString()).isEqualTo("SUCCESS");
        assertThat(entry.get("kanaal").asString()).isEqualTo("API");
        assertThat(entry.get("herkomst").asString()).as("the token's name").isEqualTo("test");
        assertThat(entry.get("clientAdres").asString()).isEqualTo("127.0.0.1");
        assertThat(entry.get("traceId").asString()).as("joined to the caller's trace").isEqualTo(TRACE);
        assertThat(entry.get("tijdstip").asString()).endsWith("Z");

        Response registration = http.get("/api/v1/auditlog?actie=RegisterKeyPerson&objectId=" + id,
                "Authorization", admin);
        assertThat(registration.json().get("regels").get(0).get("kanaal").asString())
                .as("called in-process by the test, not over HTTP").isEqualTo("EMBEDDED");
    }

    @Test
    void aRefusedReadIsRecordedAndOnlyTheAdministratorReadsTheLog() {
        String analyst = bearer(tokenFor("audit.analist", "ANALYST"));
        String someone = "00000000-0000-4000-8000-00000000abcd";
        assertThat(http.get("/api/v1/sleutelpersonen/" + someone, "Authorization", analyst).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/auditlog", "Authorization", coordinator).status()).isEqualTo(403);

        Response refused = http.get("/api/v1/auditlog?resultaat=REFUSED&objectId=" + someone, "Authorization", admin);
        assertThat(refused.json().get("regels").size()).isEqualTo(1);
        assertThat(refused.json().get("regels").get(0).get("foutcode").asString()).isEqualTo("access.denied");
        assertThat(refused.json().get("regels").get(0).get("actorNaam").asString()).isEqualTo("audit.analist");

        Response denied = http.get("/api/v1/auditlog?actor=audit.regisseur&actie=SearchAuditLog&resultaat=REFUSED",
                "Authorization", admin);
        assertThat(denied.json().get("regels").size()).as("the coordinator's attempt to read the log").isEqualTo(1);
    }

    @Test
    void wrongFiltersAreRefusedTogetherWithTheirApiNames() {
        Response wrong = http.get("/api/v1/auditlog?resultaat=MISSCHIEN&doel=NIEUWSGIERIGHEID", "Authorization",
                admin);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.problemFields()).containsExactlyInAnyOrder("resultaat", "doel");
        Response backwards = http.get("/api/v1/auditlog?van=2026-11-20&tot=2026-11-10", "Authorization", admin);
        assertThat(backwards.problemFields()).containsExactly("tot");
    }
}
