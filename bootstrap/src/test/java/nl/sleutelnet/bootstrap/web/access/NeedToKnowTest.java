package nl.sleutelnet.bootstrap.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.sleutelnet.application.port.in.network.KeyPersonQuery;
import nl.sleutelnet.application.port.in.network.SearchKeyPersonsUseCase;
import nl.sleutelnet.bootstrap.web.Http;
import nl.sleutelnet.bootstrap.web.RunningApplication;
import nl.sleutelnet.bootstrap.web.StaffSession;
import nl.sleutelnet.bootstrap.web.access.AccessFixture.Objects;
import nl.sleutelnet.bootstrap.web.access.RouteMatrix.Caller;
import nl.sleutelnet.bootstrap.web.access.RouteMatrix.Expect;
import nl.sleutelnet.bootstrap.web.access.RouteMatrix.Row;
import nl.sleutelnet.domain.network.KeyPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Need-to-know beyond the route: what an allowed route shows. An analyst sees figures, never a person, on every page
 * and every API read the matrix allows them (a key person's account neither); a professional who works in Malberg gets nothing of Wyck by asking for
 * it by id, through the API or the pages.
 *
 * <p>Outside the own buurten the answer is <b>404</b> for an object asked by its id (a key person, signal,
 * intervention, poll round): the same answer as for an id that does not exist, so that trying ids tells nothing about
 * what exists. The explanation of a buurt's temperature is refused with <b>403</b> in the API: buurten are public
 * reference data every role may list, so refusing reveals nothing; the page shows the figure without the signals
 * behind it.
 */
@ActiveProfiles("demo")
@TestPropertySource(properties = "sleutelnet.test.isolated=toegang")
class NeedToKnowTest extends RunningApplication {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private SearchKeyPersonsUseCase searchKeyPersons;

    private AccessFixture fixture;
    private Http http;

    @BeforeEach
    void setUp() {
        fixture = AccessFixture.of(context, port);
        http = fixture.http();
    }

    /** The name, e-mail address and phone number of every key person in the application. */
    private Set<String> personalData() {
        Set<String> identifiers = new LinkedHashSet<>();
        fixture.inside().person().identifiers().forEach(identifiers::add);
        fixture.outside().person().identifiers().forEach(identifiers::add);
        for (KeyPerson person : searchKeyPersons.searchKeyPersons(account(AccessFixture.username(Caller.COORDINATOR))
                .asActor(), KeyPersonQuery.all(0, 200)).items()) {
            identifiers.add(person.displayName());
            if (person.profile().contact() != null) {
                if (person.profile().contact().email() != null) {
                    identifiers.add(person.profile().contact().email());
                }
                if (person.profile().contact().phone() != null) {
                    identifiers.add(person.profile().contact().phone());
                }
            }
        }
        return identifiers;
    }

    @Test
    void anAnalystMeetsNoPersonOnAnyRouteTheMatrixAllowsThem() {
        assertThat(readsShowingPersons(Caller.ANALYST)).as("personal data of key persons an analyst could see")
                .isEmpty();
    }

    /** A key person's account (linked to no key person here) sees no other key person either. */
    @Test
    void aKeyPersonMeetsNoOtherPersonOnAnyRouteTheMatrixAllowsThem() {
        assertThat(readsShowingPersons(Caller.KEY_PERSON)).as("personal data of key persons a key person could see")
                .isEmpty();
    }

    /** Every read the matrix allows the caller, on the objects inside and outside Malberg, that shows a person. */
    private List<String> readsShowingPersons(Caller caller) {
        Set<String> personal = personalData();
        assertThat(personal).as("the demo data and the fixture have key persons to look for").hasSizeGreaterThan(10);
        List<String> reads = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        for (Row row : RouteMatrix.load().rows()) {
            if (row.changes() || row.expected(caller) != Expect.ALLOW) {
                continue;
            }
            for (Objects objects : List.of(fixture.inside(), fixture.outside())) {
                Http.Response response = RouteRequests.call(fixture, row, caller, objects);
                reads.add(row.key() + " " + response.status());
                for (String identifier : personal) {
                    if (response.body().contains(identifier)) {
                        leaks.add(row.key() + " (" + fixture.fill(row.path(), objects) + ") shows '" + identifier + "'");
                    }
                }
            }
        }
        assertThat(reads).as("the caller reads pages and API answers").hasSizeGreaterThan(10);
        assertThat(fixture.session(Caller.COORDINATOR).get("/sleutelpersonen").body())
                .as("the search would find a name where one is shown").contains(fixture.inside().person().name());
        return leaks;
    }

    @Test
    void anAnalystIsRefusedEveryRouteThatShowsPersons() {
        String analyst = "Bearer " + fixture.token(Caller.ANALYST);
        Objects in = fixture.inside();
        for (String path : List.of("/api/v1/sleutelpersonen", "/api/v1/sleutelpersonen/" + in.keyPerson(),
                "/api/v1/signalen", "/api/v1/signalen/" + in.signal(), "/api/v1/interventies",
                "/api/v1/interventies/" + in.intervention(), "/api/v1/verbindingen", "/api/v1/partners",
                "/api/v1/netwerk/analyse", "/api/v1/temperatuur/" + in.buurt() + "/" + AccessFixture.THEME)) {
            assertThat(http.get(path, "Authorization", analyst).status()).as(path).isEqualTo(403);
        }
        StaffSession session = fixture.session(Caller.ANALYST);
        for (String page : List.of("/sleutelpersonen", "/sleutelpersonen/" + in.keyPerson(), "/signalen",
                "/signalen/" + in.signal(), "/interventies", "/interventies/" + in.intervention(), "/partners",
                "/netwerk/graaf.json")) {
            assertThat(session.get(page).status()).as(page).isEqualTo(403);
        }
    }

    @Test
    void aProfessionalGetsTheirOwnBuurtByIdAndNothingOutsideIt() {
        String professional = "Bearer " + fixture.token(Caller.PROFESSIONAL);
        StaffSession session = fixture.session(Caller.PROFESSIONAL);
        Objects in = fixture.inside();
        Objects out = fixture.outside();
        List<String> api = List.of("/api/v1/sleutelpersonen/%s", "/api/v1/signalen/%s", "/api/v1/interventies/%s",
                "/api/v1/peilingen/%s");
        List<String> pages = List.of("/sleutelpersonen/%s", "/signalen/%s", "/interventies/%s", "/peilingen/%s");
        List<List<Object>> ids = List.of(List.of(in.keyPerson(), out.keyPerson()), List.of(in.signal(), out.signal()),
                List.of(in.intervention(), out.intervention()), List.of(in.pollRound(), out.pollRound()));
        for (int i = 0; i < ids.size(); i++) {
            String inside = String.format(api.get(i), ids.get(i).get(0));
            String outside = String.format(api.get(i), ids.get(i).get(1));
            assertThat(http.get(inside, "Authorization", professional).status()).as(inside).isEqualTo(200);
            Http.Response refused = http.get(outside, "Authorization", professional);
            assertThat(refused.status()).as(outside + " outside the own buurten").isEqualTo(404);
            assertThat(refused.body()).as("the refusal is that of an id that does not exist")
                    .doesNotContain(out.person().name()).doesNotContain(out.buurt());
            String ownPage = String.format(pages.get(i), ids.get(i).get(0));
            String otherPage = String.format(pages.get(i), ids.get(i).get(1));
            assertThat(session.get(ownPage).status()).as(ownPage).isEqualTo(200);
            Http.Response refusedPage = session.get(otherPage);
            assertThat(refusedPage.status()).as(otherPage + " outside the own buurten").isEqualTo(404);
            assertThat(refusedPage.body()).doesNotContain(out.person().name());
        }
    }

    @Test
    void aProfessionalCannotChangeWhatLiesOutsideTheirBuurtsByItsId() {
        String professional = "Bearer " + fixture.token(Caller.PROFESSIONAL);
        Objects out = fixture.outside();
        String stale = "\"" + RouteRequests.STALE + "\"";
        Http.Response note = http.send("POST", "/api/v1/interventies/" + out.intervention() + "/notities",
                "{\"notitie\":\"Ik kijk even mee\"}", "Authorization", professional, "Content-Type",
                "application/json", "If-Match", stale);
        assertThat(note.status()).as(note.body()).isEqualTo(404);
        Http.Response step = http.send("POST", "/api/v1/signalen/" + out.signal() + "/stappen",
                "{\"stap\":\"CLOSE\",\"toelichting\":\"Afgehandeld\"}", "Authorization", professional,
                "Content-Type", "application/json", "If-Match", stale);
        assertThat(step.status()).as(step.body()).isEqualTo(404);
        Http.Response sighting = http.send("POST", "/api/v1/signalen/" + out.signal() + "/waarnemingen",
                "{\"hoeVerkregen\":\"OWN_OBSERVATION\",\"toelichting\":\"Ook gezien\"}", "Authorization",
                professional, "Content-Type", "application/json");
        assertThat(sighting.status()).as(sighting.body()).isEqualTo(404);
        StaffSession session = fixture.session(Caller.PROFESSIONAL);
        session.get("/interventies/" + fixture.inside().intervention());
        Http.Response page = session.post("/interventies/" + out.intervention() + "/notities",
                "note=Ik+kijk+even+mee&version=" + RouteRequests.STALE);
        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void aProfessionalSeesNoFigureOrListEntryOfAnotherBuurt() {
        String professional = "Bearer " + fixture.token(Caller.PROFESSIONAL);
        Objects in = fixture.inside();
        Objects out = fixture.outside();
        Http.Response explanation = http.get("/api/v1/temperatuur/" + out.buurt() + "/" + AccessFixture.THEME,
                "Authorization", professional);
        assertThat(explanation.status()).as("a buurt is public reference data: refused, not hidden").isEqualTo(403);
        assertThat(http.get("/api/v1/temperatuur/" + in.buurt() + "/" + AccessFixture.THEME, "Authorization",
                professional).status()).isEqualTo(200);
        Http.Response page = fixture.session(Caller.PROFESSIONAL)
                .get("/temperatuur/" + out.buurt() + "/" + AccessFixture.THEME);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).as("the figure, without the signals behind it")
                .doesNotContain(out.signal().toString()).doesNotContain("hek van de school");
        for (String list : List.of("/api/v1/sleutelpersonen?paginaGrootte=200", "/api/v1/signalen?paginaGrootte=200",
                "/api/v1/interventies?paginaGrootte=200", "/api/v1/peilingen?paginaGrootte=200",
                "/api/v1/sleutelpersonen?buurt=" + out.buurt(), "/api/v1/signalen?buurt=" + out.buurt())) {
            Http.Response answer = http.get(list, "Authorization", professional);
            assertThat(answer.status()).as(list + " " + answer.body()).isEqualTo(200);
            assertThat(answer.body()).as(list).doesNotContain(out.keyPerson().toString())
                    .doesNotContain(out.signal().toString()).doesNotContain(out.intervention().toString())
                    .doesNotContain(out.pollRound().toString()).doesNotContain(out.person().name());
        }
        assertThat(http.get("/api/v1/sleutelpersonen?paginaGrootte=200", "Authorization", professional).body())
                .as("while the own buurt's key person is there").contains(in.person().name());
    }
}
