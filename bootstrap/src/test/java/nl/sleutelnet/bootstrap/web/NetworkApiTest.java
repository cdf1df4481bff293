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
import tools.jackson.databind.JsonNode;

/**
 * Key persons, partners and ties through the REST API, as a city system meets them. The application and its
 * database are shared with the other API tests: every test makes its own data with names no other test uses, and
 * never assumes a list is empty.
 */
class NetworkApiTest extends RunningApplication {

    private static final String MALBERG = "BU09350207";
    private static final String BINNENSTAD = "BU09350000";
    private static final String JSON = "application/json";

    private Http http;
    private String coordinator;
    private String unique;

    @BeforeEach
    void setUp() {
        http = http();
        coordinator = bearer(tokenFor("netwerk.regisseur", "COORDINATOR"));
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCandidateIsRegisteredWithEveryFieldAndReadBack() {
        String nominator = partner("Buurtcentrum " + unique, MALBERG).get("id").asString();
        String contact = account("netwerk.regisseur").id().value().toString();

        Response created = post("/api/v1/sleutelpersonen", body("naam", "Anna " + unique,
                "email", "anna." + unique + "@example.org", "telefoon", "06-12345678",
                "buurten", List.of(MALBERG, "BU09350204"),
                "bereik", List.of("ouders van basisschool De Spoorzoeker", "voetbalclub MVV-jeugd"),
                "themas", List.of("wij-zij", "complotdenken"), "talen", List.of("nl", "ar"),
                "contactpersoon", contact, "notities", "Belt liever dan mailt",
                "grondslag", body("grond", "CONSENT", "vastgelegdOp", "2026-03-01",
                        "doelen", List.of("NETWORK_CONTACT", "POLLS"), "hoeGegeven", "getekend formulier"),
                "voorgedragenDoorSoort", "PARTNER", "voorgedragenDoor", nominator,
                "motivatie", "Kent iedereen op het plein"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("API-Version")).isEqualTo("1.0.0");
        String location = created.header("Location");
        assertThat(location).isEqualTo("/api/v1/sleutelpersonen/" + created.json().get("id").asString());

        Response read = http.get(location, "Authorization", coordinator);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.header("Cache-Control")).contains("no-store");
        JsonNode anna = read.json();
        assertThat(anna.get("naam").asString()).isEqualTo("Anna " + unique);
        assertThat(anna.get("email").asString()).isEqualTo("anna." + unique + "@example.org");
        assertThat(anna.get("telefoon").asString()).isEqualTo("06-12345678");
        assertThat(texts(anna.get("buurten"))).containsExactly("BU09350204", MALBERG);
        assertThat(texts(anna.get("bereik"))).containsExactly("ouders van basisschool De Spoorzoeker",
                "voetbalclub MVV-jeugd");
        assertThat(texts(anna.get("themas"))).containsExactly("complotdenken", "wij-zij");
        assertThat(texts(anna.get("talen"))).containsExactly("ar", "nl");
        assertThat(anna.get("contactpersoon").asString()).isEqualTo(contact);
        assertThat(anna.get("notities").asString()).isEqualTo("Belt liever dan mailt");
        assertThat(anna.get("laatsteContact").isNull()).isTrue();
        assertThat(anna.get("status").asString()).isEqualTo("CANDIDATE");
        JsonNode basis = anna.get("grondslag");
        assertThat(basis.get("grond").asString()).isEqualTo("CONSENT");
        assertThat(basis.get("vastgelegdOp").asString()).isEqualTo("2026-03-01");
        assertThat(texts(basis.get("doelen"))).containsExactly("NETWORK_CONTACT", "POLLS");
        assertThat(basis.get("hoeGegeven").asString()).isEqualTo("getekend formulier");
        assertThat(basis.get("referentie").isNull()).isTrue();
        assertThat(basis.get("ingetrokkenOp").isNull()).isTrue();
        assertThat(basis.get("geldig").booleanValue()).isTrue();
        JsonNode nomination = anna.get("voordracht");
        assertThat(nomination.get("voorgedragenDoorSoort").asString()).isEqualTo("PARTNER");
        assertThat(nomination.get("voorgedragenDoor").asString()).isEqualTo(nominator);
        assertThat(nomination.get("motivatie").asString()).isEqualTo("Kent iedereen op het plein");
        assertThat(anna.get("historie").size()).isEqualTo(1);
        JsonNode registration = anna.get("historie").get(0);
        assertThat(registration.get("van").isNull()).isTrue();
        assertThat(registration.get("naar").asString()).isEqualTo("CANDIDATE");
        assertThat(registration.get("reden").asString()).isEqualTo("Voorgedragen");
        assertThat(registration.get("door").asString()).isEqualTo(contact);
        assertThat(registration.get("op").asString()).endsWith("Z");
        assertThat(anna.get("geregistreerdOp").asString()).isEqualTo(registration.get("op").asString());
        assertThat(anna.get("versie").longValue()).isEqualTo(1);
    }

    @Test
    void everyWrongFieldIsListedAtOnceWithItsDutchName() {
        Response response = post("/api/v1/sleutelpersonen", body("naam", "", "email", "geen-mailadres",
                "buurten", List.of("BU123"), "themas", List.of("Wij Zij"), "talen", List.of("nederlands"),
                "grondslag", body("grond", "CONSENT", "vastgelegdOp", "2026-03-01", "doelen", List.of("POLLS")),
                "voorgedragenDoorSoort", "BUURMAN", "voorgedragenDoor", UUID.randomUUID().toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("command.invalid");
        assertThat(response.problemFields()).containsExactlyInAnyOrder("naam", "email", "buurten[0]", "themas[0]",
                "talen[0]", "grondslag.hoeGegeven", "voorgedragenDoor");
        assertThat(response.json().get("detail").asString()).contains("grondslag.hoeGegeven: How consent was given");

        // Well formed, but pointing at what does not exist: the core checks these once the form is right.
        Response unknown = post("/api/v1/sleutelpersonen", body("naam", "Bram " + unique,
                "buurten", List.of("BU09359999"), "themas", List.of("bestaat-niet"),
                "contactpersoon", UUID.randomUUID().toString(),
                "voorgedragenDoorSoort", "PARTNER", "voorgedragenDoor", UUID.randomUUID().toString()));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.problemFields()).containsExactlyInAnyOrder("buurten", "themas", "contactpersoon",
                "voorgedragenDoor");

        Response wrongType = post("/api/v1/sleutelpersonen", body("naam", "Bram", "buurten", List.of(MALBERG),
                "contactpersoon", "Piet"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.problemFields()).containsExactly("contactpersoon");
    }

    @Test
    void activationNeedsALegalBasisAndWithdrawalPausesAtOnce() {
        JsonNode candidate = keyPerson("Chris " + unique, MALBERG, "wij-zij");
        String path = "/api/v1/sleutelpersonen/" + candidate.get("id").asString();
        Map<String, Object> activate = body("status", "ACTIVE", "reden", "Kennismakingsgesprek gevoerd");

        Response refused = post(path + "/statuswijzigingen", activate, "If-Match", "\"1\"");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("key-person.no-legal-basis");
        assertThat(refused.json().get("detail").asString()).contains("record consent (date, purposes, how given)")
                .contains("another legal ground with its reference");

        Response noIfMatch = post(path + "/statuswijzigingen", activate);
        assertThat(noIfMatch.status()).isEqualTo(428);
        assertThat(noIfMatch.json().get("code").asString()).isEqualTo("request.if-match.missing");

        Response badBasis = put(path + "/grondslag", body("grond", "PUBLIC_TASK", "vastgelegdOp", "2026-03-01",
                "doelen", List.of("SIGNALS")), "\"1\"");
        assertThat(badBasis.status()).isEqualTo(400);
        assertThat(badBasis.problemFields()).containsExactly("referentie");

        Response consent = put(path + "/grondslag", body("grond", "CONSENT", "vastgelegdOp", "2026-03-01",
                "doelen", List.of("NETWORK_CONTACT", "SIGNALS"), "hoeGegeven", "e-mail van 1 maart"), "\"1\"");
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        assertThat(consent.header("ETag")).isEqualTo("\"2\"");
        assertThat(consent.json().get("grondslag").get("geldig").booleanValue()).isTrue();

        Response stale = post(path + "/statuswijzigingen", activate, "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("version.stale");

        Response unknownStatus = post(path + "/statuswijzigingen", body("status", "WEG", "reden", ""),
                "If-Match", "\"2\"");
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.problemFields()).containsExactlyInAnyOrder("status", "reden");

        Response active = post(path + "/statuswijzigingen", activate, "If-Match", consent.header("ETag"));
        assertThat(active.status()).as(active.body()).isEqualTo(200);
        assertThat(active.header("ETag")).isEqualTo("\"3\"");
        assertThat(active.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.json().get("historie").get(1).get("reden").asString())
                .isEqualTo("Kennismakingsgesprek gevoerd");

        Response contact = post(path + "/contactmomenten", body("op", "2026-03-05"));
        assertThat(contact.status()).as(contact.body()).isEqualTo(200);
        assertThat(contact.json().get("laatsteContact").asString()).isEqualTo("2026-03-05");
        Response earlier = post(path + "/contactmomenten", body("op", "2026-03-04"));
        assertThat(earlier.json().get("laatsteContact").asString()).isEqualTo("2026-03-05");
        Response noDate = post(path + "/contactmomenten", body());
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.problemFields()).containsExactly("op");

        // No If-Match: the key person's withdrawal takes effect whatever version the caller last saw.
        Response withdrawn = post(path + "/toestemming-intrekking", body("op", "2026-04-01"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        JsonNode paused = withdrawn.json();
        assertThat(paused.get("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.get("grondslag").get("ingetrokkenOp").asString()).isEqualTo("2026-04-01");
        assertThat(paused.get("grondslag").get("geldig").booleanValue()).isFalse();
        assertThat(paused.get("historie").get(2).get("reden").asString()).isEqualTo("Toestemming ingetrokken");
        assertThat(withdrawn.header("ETag")).isEqualTo("\"" + paused.get("versie").longValue() + "\"");

        Response again = post(path + "/toestemming-intrekking", body("op", "2026-04-02"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("legal-basis.already-withdrawn");
        Response reactivate = post(path + "/statuswijzigingen", activate, "If-Match", withdrawn.header("ETag"));
        assertThat(reactivate.status()).isEqualTo(409);
        assertThat(reactivate.json().get("code").asString()).isEqualTo("key-person.no-legal-basis");
    }

    @Test
    void theProfileIsChangedAgainstTheVersionRead() {
        JsonNode dewi = keyPerson("Dewi " + unique, MALBERG, "wij-zij");
        String path = "/api/v1/sleutelpersonen/" + dewi.get("id").asString();
        Map<String, Object> profile = body("naam", "Dewi " + unique, "email", "dewi@example.org",
                "buurten", List.of(MALBERG, BINNENSTAD), "bereik", List.of("jongeren op het Pieterplein"),
                "themas", List.of("complotdenken"), "talen", List.of("nl"), "notities", "Nieuw nummer");

        Response missing = http.send("PUT", path, Http.json(profile), "Authorization", coordinator,
                "Content-Type", JSON);
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.json().get("detail").asString()).contains("If-Match");

        Response changed = put(path, profile, "\"1\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(texts(changed.json().get("buurten"))).containsExactly(BINNENSTAD, MALBERG);
        assertThat(texts(changed.json().get("themas"))).containsExactly("complotdenken");
        assertThat(changed.json().get("email").asString()).isEqualTo("dewi@example.org");

        assertThat(put(path, profile, "\"1\"").status()).isEqualTo(412);

        Response invalid = put(path, body("naam", " ", "telefoon", "bel maar", "buurten", List.of()), "\"2\"");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.problemFields()).containsExactlyInAnyOrder("naam", "telefoon", "buurten");

        assertThat(http.get("/api/v1/sleutelpersonen/niet-een-id", "Authorization", coordinator).status())
                .isEqualTo(400);
        Response unknown = http.get("/api/v1/sleutelpersonen/" + UUID.randomUUID(), "Authorization", coordinator);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("key-person.not-found");
    }

    @Test
    void theListIsFilteredAndPaged() {
        String a = keyPerson("Lijst " + unique + " A", MALBERG, "wij-zij").get("id").asString();
        keyPerson("Lijst " + unique + " B", BINNENSTAD, "wij-zij");
        String c = keyPerson("Lijst " + unique + " C", MALBERG, "complotdenken").get("id").asString();
        assertThat(put("/api/v1/sleutelpersonen/" + a + "/grondslag", body("grond", "PUBLIC_TASK",
                "vastgelegdOp", "2026-01-15", "doelen", List.of("SIGNALS"), "referentie", "Raadsbesluit 2021"),
                "\"1\"").status()).isEqualTo(200);
        assertThat(post("/api/v1/sleutelpersonen/" + a + "/statuswijzigingen",
                body("status", "active", "reden", "Start"), "If-Match", "\"2\"").status()).isEqualTo(200);
        assertThat(post("/api/v1/sleutelpersonen/" + c + "/contactmomenten", body("op", "2026-02-01")).status())
                .isEqualTo(200);

        JsonNode first = list("zoek=" + unique + "&paginaGrootte=2");
        assertThat(listed(first)).containsExactly("Lijst " + unique + " A", "Lijst " + unique + " B");
        assertThat(first.get("pagina").get("nummer").intValue()).isZero();
        assertThat(first.get("pagina").get("grootte").intValue()).isEqualTo(2);
        assertThat(first.get("pagina").get("totaal").longValue()).isEqualTo(3);
        assertThat(first.get("pagina").get("aantalPaginas").intValue()).isEqualTo(2);
        JsonNode summary = first.get("sleutelpersonen").get(0);
        assertThat(summary.get("id").asString()).isEqualTo(a);
        assertThat(texts(summary.get("buurten"))).containsExactly(MALBERG);
        assertThat(texts(summary.get("themas"))).containsExactly("wij-zij");
        assertThat(summary.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(summary.has("laatsteContact")).isTrue();
        assertThat(summary.has("email")).as("a summary has no contact details").isFalse();

        JsonNode second = list("zoek=" + unique + "&paginaGrootte=2&pagina=1");
        assertThat(listed(second)).containsExactly("Lijst " + unique + " C");
        assertThat(second.get("sleutelpersonen").get(0).get("laatsteContact").asString()).isEqualTo("2026-02-01");
        assertThat(list("zoek=" + unique + "&paginaGrootte=2&pagina=2").get("sleutelpersonen").size()).isZero();

        assertThat(listed(list("zoek=" + unique + "&buurt=" + MALBERG)))
                .containsExactly("Lijst " + unique + " A", "Lijst " + unique + " C");
        assertThat(listed(list("zoek=" + unique + "&thema=wij-zij")))
                .containsExactly("Lijst " + unique + " A", "Lijst " + unique + " B");
        assertThat(listed(list("zoek=" + unique + "&status=ACTIVE"))).containsExactly("Lijst " + unique + " A");
        assertThat(listed(list("zoek=" + unique + "&status=CANDIDATE&buurt=" + MALBERG)))
                .containsExactly("Lijst " + unique + " C");
        assertThat(list("zoek=" + unique.toUpperCase()).get("pagina").get("totaal").longValue()).isEqualTo(3);
        assertThat(list("").get("pagina").get("grootte").intValue()).isEqualTo(25);

        Response invalid = http.get("/api/v1/sleutelpersonen?buurt=Malberg&thema=Wij%20Zij&status=WEG"
                + "&paginaGrootte=500", "Authorization", coordinator);
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.problemFields()).containsExactlyInAnyOrder("buurt", "thema", "status", "paginaGrootte");
        Response negative = http.get("/api/v1/sleutelpersonen?pagina=-1", "Authorization", coordinator);
        assertThat(negative.problemFields()).containsExactly("pagina");
        Response notANumber = http.get("/api/v1/sleutelpersonen?pagina=eerste", "Authorization", coordinator);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.problemFields()).containsExactly("pagina");
    }

    @Test
    void partnersAreRegisteredChangedAndListed() {
        JsonNode created = partner("Wijkagent " + unique, MALBERG);
        String id = created.get("id").asString();
        assertThat(created.get("soort").asString()).isEqualTo("COMMUNITY_POLICE_OFFICER");
        assertThat(created.get("actief").booleanValue()).isTrue();
        assertThat(created.get("versie").longValue()).isEqualTo(1);

        Response read = http.get("/api/v1/partners/" + id, "Authorization", coordinator);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json().get("naam").asString()).isEqualTo("Wijkagent " + unique);
        assertThat(read.json().get("email").asString()).isEqualTo("wijkagent@example.org");
        assertThat(texts(read.json().get("buurten"))).containsExactly(MALBERG);

        Map<String, Object> change = body("naam", "Wijkagent " + unique, "soort", "COMMUNITY_POLICE_OFFICER",
                "buurten", List.of(MALBERG, BINNENSTAD), "telefoon", "0900-8844", "notities", "Met pensioen",
                "actief", false);
        Response changed = put("/api/v1/partners/" + id, change, "\"1\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.json().get("actief").booleanValue()).isFalse();
        assertThat(changed.json().get("email").isNull()).isTrue();
        assertThat(put("/api/v1/partners/" + id, change, "\"1\"").status()).isEqualTo(412);

        List<String> listed = new ArrayList<>();
        http.get("/api/v1/partners", "Authorization", coordinator).json().get("partners")
                .forEach(p -> listed.add(p.get("id").asString()));
        assertThat(listed).contains(id);

        Response invalid = post("/api/v1/partners", body("naam", "", "soort", "KERK", "buurten", List.of("BU1"),
                "email", "nee"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.problemFields()).containsExactlyInAnyOrder("naam", "soort", "buurten[0]", "email");
        Response noActive = put("/api/v1/partners/" + id, body("naam", "X", "soort", "WELFARE",
                "buurten", List.of(MALBERG)), "\"2\"");
        assertThat(noActive.problemFields()).containsExactly("actief");
        assertThat(http.get("/api/v1/partners/" + UUID.randomUUID(), "Authorization", coordinator).status())
                .isEqualTo(404);
    }

    @Test
    void membersAreTiedOncePerPairAndTiesAreRemovedAgainstTheVersionRead() {
        String keyPerson = keyPerson("Eva " + unique, MALBERG, "wij-zij").get("id").asString();
        String agent = partner("Wijkagent " + unique, MALBERG).get("id").asString();

        Response tied = post("/api/v1/verbindingen", body("a", body("soort", "PARTNER", "id", agent),
                "b", body("soort", "KEY_PERSON", "id", keyPerson), "soort", "WORKS_WITH", "sterkte", 4,
                "sinds", "2025-01-01"));
        assertThat(tied.status()).as(tied.body()).isEqualTo(201);
        assertThat(tied.header("ETag")).isEqualTo("\"1\"");
        String location = tied.header("Location");
        assertThat(location).isEqualTo("/api/v1/verbindingen/" + tied.json().get("id").asString());
        JsonNode tie = tied.json();
        assertThat(tie.get("a").get("soort").asString()).as("ends in fixed order").isEqualTo("KEY_PERSON");
        assertThat(tie.get("a").get("id").asString()).isEqualTo(keyPerson);
        assertThat(tie.get("b").get("id").asString()).isEqualTo(agent);
        assertThat(tie.get("soort").asString()).isEqualTo("WORKS_WITH");
        assertThat(tie.get("sterkte").intValue()).isEqualTo(4);
        assertThat(tie.get("sinds").asString()).isEqualTo("2025-01-01");
        assertThat(tie.get("laatsteContact").isNull()).isTrue();

        Response second = post("/api/v1/verbindingen", body("a", body("soort", "KEY_PERSON", "id", keyPerson),
                "b", body("soort", "PARTNER", "id", agent), "soort", "KNOWS", "sterkte", 2, "sinds", "2025-06-01"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("tie.exists");

        assertThat(ids(http.get("/api/v1/verbindingen?sleutelpersoon=" + keyPerson, "Authorization", coordinator)))
                .containsExactly(tie.get("id").asString());
        assertThat(ids(http.get("/api/v1/verbindingen?partner=" + agent, "Authorization", coordinator)))
                .containsExactly(tie.get("id").asString());
        assertThat(ids(http.get("/api/v1/verbindingen", "Authorization", coordinator)))
                .contains(tie.get("id").asString());
        assertThat(http.get(location, "Authorization", coordinator).header("ETag")).isEqualTo("\"1\"");

        Response changed = put(location, body("soort", "KNOWS", "sterkte", 5, "sinds", "2024-09-01",
                "laatsteContact", "2026-03-01"), "\"1\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.json().get("soort").asString()).isEqualTo("KNOWS");
        assertThat(changed.json().get("sterkte").intValue()).isEqualTo(5);
        assertThat(changed.json().get("sinds").asString()).isEqualTo("2024-09-01");
        assertThat(changed.json().get("laatsteContact").asString()).isEqualTo("2026-03-01");
        assertThat(changed.json().get("a").get("id").asString()).isEqualTo(keyPerson);

        Response noIfMatch = http.send("DELETE", location, null, "Authorization", coordinator);
        assertThat(noIfMatch.status()).isEqualTo(428);
        assertThat(noIfMatch.json().get("code").asString()).isEqualTo("request.if-match.missing");
        Response stale = http.send("DELETE", location, null, "Authorization", coordinator, "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        Response removed = http.send("DELETE", location, null, "Authorization", coordinator, "If-Match", "\"2\"");
        assertThat(removed.status()).isEqualTo(204);
        assertThat(removed.header("API-Version")).isEqualTo("1.0.0");
        assertThat(ids(http.get("/api/v1/verbindingen?sleutelpersoon=" + keyPerson, "Authorization", coordinator)))
                .isEmpty();
        assertThat(http.get(location, "Authorization", coordinator).status()).isEqualTo(404);
        assertThat(http.send("DELETE", location, null, "Authorization", coordinator, "If-Match", "\"2\"").status())
                .isEqualTo(404);
    }

    @Test
    void aWrongTieIsRefusedWithEveryFieldNamed() {
        Response invalid = post("/api/v1/verbindingen", body("a", body("soort", "PERSOON",
                "id", UUID.randomUUID().toString()), "b", body("soort", "PARTNER"), "soort", "VRIENDEN",
                "sterkte", 9));
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.problemFields()).containsExactlyInAnyOrder("a.soort", "b.id", "soort", "sterkte", "sinds");

        String agent = partner("Jongerenwerk " + unique, MALBERG).get("id").asString();
        Response unknownMember = post("/api/v1/verbindingen", body("a", body("soort", "KEY_PERSON",
                "id", UUID.randomUUID().toString()), "b", body("soort", "PARTNER", "id", agent), "soort", "KNOWS",
                "sterkte", 3, "sinds", "2025-01-01"));
        assertThat(unknownMember.status()).isEqualTo(400);
        assertThat(unknownMember.problemFields()).containsExactly("a.id");

        Response bothFilters = http.get("/api/v1/verbindingen?sleutelpersoon=" + UUID.randomUUID() + "&partner="
                + agent, "Authorization", coordinator);
        assertThat(bothFilters.status()).isEqualTo(400);
        Response badFilter = http.get("/api/v1/verbindingen?partner=wijkagent", "Authorization", coordinator);
        assertThat(badFilter.problemFields()).containsExactly("partner");
    }

    @Test
    void anAnalystSeesNoPersonsAndAProfessionalOnlyThoseOfTheirOwnBuurten() {
        String analyst = bearer(tokenFor("netwerk.analist", "ANALYST"));
        for (String path : List.of("/api/v1/sleutelpersonen", "/api/v1/partners", "/api/v1/verbindingen")) {
            Response refused = http.get(path, "Authorization", analyst);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(post("/api/v1/sleutelpersonen", body("naam", "X", "buurten", List.of(MALBERG)), "Authorization",
                analyst).status()).isEqualTo(403);

        String inMalberg = keyPerson("Wijk " + unique + " Malberg", MALBERG, "wij-zij").get("id").asString();
        String inCentrum = keyPerson("Wijk " + unique + " Binnenstad", BINNENSTAD, "wij-zij").get("id").asString();
        String professional = bearer(tokenFor("wijkagent.malberg.netwerk", "PROFESSIONAL", List.of(MALBERG)));

        Response list = http.get("/api/v1/sleutelpersonen?zoek=" + unique, "Authorization", professional);
        assertThat(list.status()).isEqualTo(200);
        assertThat(listed(list.json())).containsExactly("Wijk " + unique + " Malberg");
        assertThat(list.json().get("pagina").get("totaal").longValue()).isEqualTo(1);
        assertThat(listed(http.get("/api/v1/sleutelpersonen?zoek=" + unique + "&buurt=" + BINNENSTAD,
                "Authorization", professional).json())).isEmpty();
        assertThat(http.get("/api/v1/sleutelpersonen/" + inMalberg, "Authorization", professional).status())
                .isEqualTo(200);
        Response hidden = http.get("/api/v1/sleutelpersonen/" + inCentrum, "Authorization", professional);
        assertThat(hidden.status()).as("another buurt's key person does not exist for a professional")
                .isEqualTo(404);

        Response register = post("/api/v1/sleutelpersonen", body("naam", "Nieuw " + unique,
                "buurten", List.of(MALBERG)), "Authorization", professional);
        assertThat(register.status()).isEqualTo(403);
        assertThat(register.json().get("detail").asString()).contains("COORDINATOR");
        assertThat(post("/api/v1/sleutelpersonen/" + inMalberg + "/contactmomenten", body("op", "2026-03-01"),
                "Authorization", professional).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/partners", "Authorization", professional).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/verbindingen", "Authorization", professional).status()).isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheNetwork() {
        JsonNode doc = http.get("/api/v1/openapi.json").json();
        JsonNode paths = doc.get("paths");
        assertThat(paths.has("/sleutelpersonen")).isTrue();
        assertThat(paths.has("/sleutelpersonen/{id}/toestemming-intrekking")).isTrue();
        assertThat(paths.has("/partners/{id}")).isTrue();
        assertThat(paths.has("/verbindingen/{id}")).isTrue();
        assertThat(paths.get("/sleutelpersonen/{id}/grondslag").get("put").get("responses").has("412")).isTrue();
        assertThat(paths.get("/sleutelpersonen/{id}/statuswijzigingen").get("post").get("responses").has("412"))
                .isTrue();
        assertThat(paths.get("/verbindingen/{id}").get("delete").get("responses").has("412")).isTrue();
        assertThat(paths.get("/sleutelpersonen").get("post").get("responses").has("201")).isTrue();
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.get("Grondslag").get("properties").get("vastgelegdOp").get("format").asString())
                .isEqualTo("date");
        assertThat(schemas.get("Sleutelpersoon").get("properties").get("geregistreerdOp").get("format").asString())
                .isEqualTo("date-time");
        List<String> tags = new ArrayList<>();
        doc.get("tags").forEach(t -> tags.add(t.get("name").asString()));
        assertThat(tags).contains("Sleutelpersonen", "Partners", "Verbindingen");
    }

    // --- helpers ---

    private JsonNode keyPerson(String name, String buurt, String theme) {
        Response created = post("/api/v1/sleutelpersonen", body("naam", name, "buurten", List.of(buurt),
                "themas", List.of(theme)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode partner(String name, String buurt) {
        Response created = post("/api/v1/partners", body("naam", name, "soort", "COMMUNITY_POLICE_OFFICER",
                "buurten", List.of(buurt), "email", "wijkagent@example.org"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/partners/" + created.json().get("id").asString());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        return created.json();
    }

    private JsonNode list(String query) {
        Response response = http.get("/api/v1/sleutelpersonen?" + query, "Authorization", coordinator);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Response post(String path, Map<String, Object> body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", coordinator, "Content-Type", JSON));
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equals("Authorization")) {
                all.set(1, headers[i + 1]);
            } else {
                all.add(headers[i]);
                all.add(headers[i + 1]);
            }
        }
        return http.send("POST", path, Http.json(body), all.toArray(String[]::new));
    }

    private Response put(String path, Map<String, Object> body, String ifMatch) {
        return http.send("PUT", path, Http.json(body), "Authorization", coordinator, "Content-Type", JSON,
                "If-Match", ifMatch);
    }

    private static List<String> listed(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("sleutelpersonen").forEach(k -> names.add(k.get("naam").asString()));
        return names;
    }

    private static List<String> ids(Response ties) {
        assertThat(ties.status()).as(ties.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        ties.json().get("verbindingen").forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }
}
