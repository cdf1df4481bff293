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

/**
 * Forgetting over HTTP: the coordinator erases a key person through the API, the administrator reads the deletion
 * register, sees the retention terms, applies them now, and reads and downloads the processing register.
 */
class PrivacyWebTest extends RunningApplication {

    @Autowired
    private RegisterKeyPersonUseCase register;

    private Http http;
    private String coordinator;
    private String admin;

    @BeforeEach
    void setUp() {
        http = http();
        coordinator = bearer(tokenFor("wis.regisseur", "COORDINATOR"));
        admin = bearer(tokenFor("wis.beheerder", "ADMIN"));
    }

    @Test
    void theCoordinatorErasesAKeyPersonAndTheAdministratorReadsTheRegister() {
        KeyPerson wim = register.registerKeyPerson(account("wis.regisseur").asActor(), new RegisterKeyPersonCommand(
                "Wim Wisbaar", "wim@example.org", null, List.of("BU09350207"), null, List.of("wij-zij"), null, null,
                null, null, null, null, null));
        String path = "/api/v1/sleutelpersonen/" + wim.id().value() + "/wissing";

        assertThat(http.send("POST", path, Http.json(Http.body("reden", "DATA_SUBJECT_REQUEST")), "Authorization",
                admin, "Content-Type", "application/json").status()).as("not the administrator").isEqualTo(403);
        Response badReason = http.send("POST", path, Http.json(Http.body("reden", "ZOMAAR")), "Authorization",
                coordinator, "Content-Type", "application/json");
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.problemFields()).contains("reden");

        Response erased = http.send("POST", path, Http.json(Http.body("reden", "DATA_SUBJECT_REQUEST")),
                "Authorization", coordinator, "Content-Type", "application/json", "If-Match", "\"" + wim.version() + "\"");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("soort").asString()).isEqualTo("ERASURE");
        assertThat(erased.json().get("aantallen").get("KEY_PERSONS_ERASED").asInt()).isEqualTo(1);
        assertThat(erased.body()).doesNotContain("Wisbaar").doesNotContain(wim.id().value().toString());

        Response again = http.send("POST", path, Http.json(Http.body("reden", "OTHER")), "Authorization",
                coordinator, "Content-Type", "application/json");
        assertThat(again.status()).isEqualTo(409);

        Response person = http.get("/api/v1/sleutelpersonen/" + wim.id().value(), "Authorization", coordinator);
        assertThat(person.body()).doesNotContain("Wisbaar").doesNotContain("wim@example.org");

        assertThat(http.get("/api/v1/verwijderregister", "Authorization", coordinator).status()).isEqualTo(403);
        Response registerRead = http.get("/api/v1/verwijderregister", "Authorization", admin);
        assertThat(registerRead.status()).isEqualTo(200);
        assertThat(registerRead.json().get("termijnen").get("vertrokkenSleutelpersonen").asString()).isEqualTo("P1Y");
        assertThat(registerRead.json().get("regels").get(0).get("door").asString()).isEqualTo("wis.regisseur");
        assertThat(registerRead.json().get("regels").get(0).get("reden").asString())
                .isEqualTo("DATA_SUBJECT_REQUEST");
    }

    @Test
    void theAdministratorSeesTheTermsAppliesThemNowAndReadsTheProcessingRegister() {
        account("wis.beheerder");
        StaffSession staff = signedInAdmin();
        Response page = staff.get("/beheer/bewaartermijnen");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bewaartermijnen").contains("Vertrokken sleutelpersonen").contains("1 jaar")
                .contains("Nu toepassen");

        Response applied = staff.post("/beheer/bewaartermijnen/toepassen", "");
        assertThat(applied.status()).isEqualTo(302);
        assertThat(applied.header("Location")).endsWith("/beheer/bewaartermijnen?toegepast");
        assertThat(staff.get("/beheer/bewaartermijnen?toegepast").body()).contains("Bewaartermijnen toegepast")
                .contains("De bewaartermijnen zijn toegepast");

        Response registerPage = staff.get("/beheer/verwerkingsregister");
        assertThat(registerPage.status()).isEqualTo(200);
        assertThat(registerPage.body()).contains("Netwerk van sleutelpersonen en partners")
                .contains("Verantwoording, bewaartermijnen en rechten").contains("EraseKeyPersonUseCase");
        Response markdown = staff.get("/beheer/verwerkingsregister.md");
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.header("Content-Type")).startsWith("text/markdown");
        assertThat(markdown.header("Content-Disposition")).contains("verwerkingsregister.md");
        assertThat(markdown.body()).startsWith("# Verwerkingsregister Sleutelnet (artikel 30 AVG)");
    }

    private StaffSession signedInAdmin() {
        return new StaffSession(http).signIn("beheerder", ADMIN_PASSWORD);
    }
}
