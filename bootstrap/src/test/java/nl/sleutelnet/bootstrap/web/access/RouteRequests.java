package nl.sleutelnet.bootstrap.web.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.bootstrap.web.Http;
import nl.sleutelnet.bootstrap.web.StaffSession;
import nl.sleutelnet.bootstrap.web.access.AccessFixture.Objects;
import nl.sleutelnet.bootstrap.web.access.RouteMatrix.Caller;
import nl.sleutelnet.bootstrap.web.access.RouteMatrix.Row;

/**
 * How the matrix calls a route as a caller: the path with ids of existing objects, a token (API) or a signed-in
 * session with its CSRF token (UI), and for a change a body.
 *
 * <p>A change is sent so that it gets past the web layer's checks of form (a command is checked when it is built,
 * before the core's access check), but changes nothing once allowed: against a stale version ({@value #STALE}, so
 * the core answers 412 or shows the form again after checking access), or with a reference to nothing (404). A
 * caller without the right must get 403 for the same request, which proves the body reached the core. Routes that
 * need more than the defaults get a body in {@link #BODIES}; {@code @name@} in a body stands for an id of the fixture
 * ({@link AccessFixture#bodyValues}).
 */
final class RouteRequests {

    private static final String MULTIPART = "multipart:";
    private static final String BOUNDARY = "toegangsmatrix";

    /** A version no object has: a change against it is refused after the access check. */
    static final String STALE = "999999";

    /** JSON (API) or form (UI) bodies of routes that need one, by {@code METHOD path}. */
    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("POST /api/v1/sleutelpersonen/import", MULTIPART + "--" + BOUNDARY + "\r\n"
                    + "Content-Disposition: form-data; name=\"bestand\"; filename=\"lijst.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\nnaam,buurten\r\nMatrix Persoon,@buurt@\r\n--" + BOUNDARY
                    + "--\r\n"),
            Map.entry("POST /api/v1/gebruikers",
                    "{\"gebruikersnaam\":\"toegang.matrix\",\"naam\":\"Matrix\",\"rollen\":[\"ANALYST\"],\"buurten\":[],\"wachtwoord\":\"een test wachtwoord\"}"),
            Map.entry("PUT /api/v1/gebruikers/{id}",
                    "{\"naam\":\"Reserve-account\",\"rollen\":[\"ANALYST\"],\"buurten\":[],\"actief\":true}"),
            Map.entry("POST /api/v1/gebruikers/{id}/tokens",
                    "{\"naam\":\"matrix\"}"),
            Map.entry("PUT /api/v1/gebruikers/{id}/wachtwoord",
                    "{\"wachtwoord\":\"een ander test wachtwoord\"}"),
            Map.entry("POST /api/v1/interventies",
                    "{\"titel\":\"Matrix\",\"doel\":\"Toegang\",\"type\":\"DIALOGUE\",\"buurten\":[\"@nowhere@\"],\"themas\":[\"wij-zij\"]}"),
            Map.entry("PUT /api/v1/interventies/{id}",
                    "{\"titel\":\"Matrix\",\"doel\":\"Toegang\",\"type\":\"DIALOGUE\"}"),
            Map.entry("PUT /api/v1/interventies/{id}/reikwijdte",
                    "{\"buurten\":[\"@buurt@\"],\"themas\":[\"wij-zij\"]}"),
            Map.entry("PUT /api/v1/interventies/{id}/eigenaar",
                    "{\"eigenaar\":\"@coordinator@\"}"),
            Map.entry("POST /api/v1/interventies/{id}/signalen",
                    "{\"signaal\":\"@signal@\"}"),
            Map.entry("POST /api/v1/interventies/{id}/deelnemers",
                    "{\"soort\":\"PARTNER\",\"id\":\"@partner@\",\"bijdrage\":\"ruimte\"}"),
            Map.entry("PUT /api/v1/interventies/{id}/deelnemers/{lid}",
                    "{\"bijdrage\":\"ruimte\"}"),
            Map.entry("POST /api/v1/interventies/{id}/taken",
                    "{\"omschrijving\":\"Matrix\",\"behandelaar\":\"@coordinator@\",\"uiterlijk\":\"2026-12-01\"}"),
            Map.entry("PUT /api/v1/interventies/{id}/taken/{taak}",
                    "{\"omschrijving\":\"Matrix\",\"behandelaar\":\"@coordinator@\",\"uiterlijk\":\"2026-12-01\"}"),
            Map.entry("POST /api/v1/interventies/{id}/taken/{taak}/stappen",
                    "{\"stap\":\"COMPLETE\"}"),
            Map.entry("PUT /api/v1/interventies/{id}/draagkracht",
                    "{\"initiatieven\":[],\"draagkracht\":\"MEDIUM\",\"oordeel\":\"Matrix\"}"),
            Map.entry("POST /api/v1/interventies/{id}/dynamiek",
                    "{\"rol\":\"BRIDGE_BUILDER\",\"dynamiek\":\"Matrix\",\"van\":\"2026-11-20\"}"),
            Map.entry("POST /api/v1/interventies/{id}/notities",
                    "{\"notitie\":\"Matrix\"}"),
            Map.entry("POST /api/v1/interventies/{id}/start",
                    "{\"exitNiveau\":\"TENSE\",\"exitDagen\":7}"),
            Map.entry("POST /api/v1/interventies/{id}/betrokkenheid",
                    "{\"betrokkenheid\":\"MONITOR\",\"reden\":\"Matrix\"}"),
            Map.entry("POST /api/v1/interventies/{id}/evaluatie",
                    "{\"uitkomst\":\"UNKNOWN\",\"lessen\":\"Matrix\",\"vervolg\":\"Matrix\"}"),
            Map.entry("POST /api/v1/partners",
                    "{\"naam\":\"Matrix\",\"soort\":\"WELFARE\",\"buurten\":[\"@nowhere@\"]}"),
            Map.entry("PUT /api/v1/partners/{id}",
                    "{\"naam\":\"Matrix\",\"soort\":\"WELFARE\",\"buurten\":[\"@buurt@\"],\"actief\":true}"),
            Map.entry("POST /api/v1/peilingen",
                    "{\"buurten\":[\"@nowhere@\"],\"themas\":[\"wij-zij\"]}"),
            Map.entry("POST /api/v1/signalen",
                    "{\"hoeVerkregen\":\"OWN_OBSERVATION\",\"buurten\":[\"@nowhere@\"],\"themas\":[\"wij-zij\"],\"intensiteit\":2,\"omschrijving\":\"Matrix\"}"),
            Map.entry("POST /api/v1/signalen/{id}/stappen",
                    "{\"stap\":\"CLOSE\",\"toelichting\":\"Matrix\"}"),
            Map.entry("POST /api/v1/signalen/{id}/waarnemingen",
                    "{\"hoeVerkregen\":\"OWN_OBSERVATION\",\"toelichting\":\"Matrix\"}"),
            Map.entry("POST /api/v1/sleutelpersonen",
                    "{\"naam\":\"Matrix Persoon\",\"buurten\":[\"@nowhere@\"]}"),
            Map.entry("PUT /api/v1/sleutelpersonen/{id}",
                    "{\"naam\":\"Matrix Persoon\",\"buurten\":[\"@buurt@\"]}"),
            Map.entry("PUT /api/v1/sleutelpersonen/{id}/grondslag",
                    "{\"grond\":\"CONSENT\",\"vastgelegdOp\":\"2026-01-15\",\"doelen\":[\"SIGNALS\"],\"hoeGegeven\":\"formulier\"}"),
            Map.entry("POST /api/v1/sleutelpersonen/{id}/statuswijzigingen",
                    "{\"status\":\"PAUSED\",\"reden\":\"Matrix\"}"),
            Map.entry("POST /api/v1/sleutelpersonen/{id}/toestemming-intrekking",
                    "{\"op\":\"2026-11-20\"}"),
            Map.entry("POST /api/v1/sleutelpersonen/{id}/contactmomenten",
                    "{\"op\":\"2026-11-20\"}"),
            Map.entry("POST /api/v1/themas",
                    "{\"code\":\"matrix-thema\",\"naam\":\"Matrix\"}"),
            Map.entry("PUT /api/v1/themas/{code}",
                    "{\"naam\":\"Wij-zij\",\"positie\":1,\"actief\":true}"),
            Map.entry("POST /api/v1/verbindingen",
                    "{\"a\":{\"soort\":\"KEY_PERSON\",\"id\":\"@keyPerson@\"},\"b\":{\"soort\":\"PARTNER\",\"id\":\"@partner@\"},\"soort\":\"KNOWS\",\"sterkte\":3,\"sinds\":\"2026-01-15\"}"),
            Map.entry("PUT /api/v1/verbindingen/{id}",
                    "{\"soort\":\"KNOWS\",\"sterkte\":3}"),
            Map.entry("POST /interventies",
                    "title=Matrix&goal=Toegang&type=DIALOGUE&neighbourhoods=@nowhere@&themes=wij-zij"),
            Map.entry("POST /interventies/{id}/deelnemers",
                    "member=PARTNER:@partner@&part=ruimte&version=999999"),
            Map.entry("POST /interventies/{id}/deelnemers/weg",
                    "member=KEY_PERSON:@keyPerson@&version=999999"),
            Map.entry("POST /interventies/{id}/taken",
                    "description=Matrix&assignee=@coordinator@&due=2026-12-01&version=999999"),
            Map.entry("POST /interventies/{id}/taken/{task}/heropenen",
                    "reason=Matrix&version=999999"),
            Map.entry("POST /interventies/{id}/draagkracht",
                    "capacity=MEDIUM&judgement=Matrix&version=999999"),
            Map.entry("POST /interventies/{id}/dynamiek",
                    "role=BRIDGE_BUILDER&dynamic=Matrix&from=2026-11-20&version=999999"),
            Map.entry("POST /interventies/{id}/notities",
                    "note=Matrix&version=999999"),
            Map.entry("POST /interventies/{id}/start",
                    "exitLevel=TENSE&exitDays=7&version=999999"),
            Map.entry("POST /interventies/{id}/betrokkenheid",
                    "involvement=MONITOR&reason=Matrix&version=999999"),
            Map.entry("POST /interventies/{id}/terugtrekken",
                    "reason=Matrix&justification=Matrix&version=999999"),
            Map.entry("POST /interventies/{id}/afsluiten",
                    "outcome=UNKNOWN&lessons=Matrix&followUp=Matrix&version=999999"),
            Map.entry("POST /signalen",
                    "howObtained=OWN_OBSERVATION&neighbourhoods=@nowhere@&themes=wij-zij&intensity=2&description=Matrix"),
            Map.entry("POST /signalen/{id}/stap",
                    "step=CLOSE&explanation=Matrix&version=999999"),
            Map.entry("POST /signalen/{id}/waarneming",
                    "howObtained=OWN_OBSERVATION&explanation=Matrix"),
            Map.entry("POST /sleutelpersonen",
                    "displayName=Matrix+Persoon&neighbourhoods=@nowhere@&version=0"),
            Map.entry("POST /sleutelpersonen/{id}",
                    "displayName=Matrix+Persoon&neighbourhoods=@buurt@&version=999999"),
            Map.entry("POST /sleutelpersonen/{id}/grondslag",
                    "ground=CONSENT&recordedOn=2026-01-15&purposes=SIGNALS&howGiven=formulier&version=999999"),
            Map.entry("POST /sleutelpersonen/{id}/status",
                    "status=PAUSED&reason=Matrix&version=999999"),
            Map.entry("POST /sleutelpersonen/{id}/verbindingen",
                    "member=PARTNER:@partner@&kind=KNOWS&strength=3"),
            Map.entry("POST /sleutelpersonen/import/bevestigen",
                    "importId=onbekend"),
            Map.entry("POST /peilingen",
                    "neighbourhoods=@nowhere@&themes=wij-zij&openNow=true"),
            Map.entry("POST /partners",
                    "name=Matrix&kind=WELFARE&neighbourhoods=@nowhere@&active=true&version=0"),
            Map.entry("POST /partners/{id}",
                    "name=Matrix&kind=WELFARE&neighbourhoods=@buurt@&active=true&version=999999"),
            Map.entry("POST /beheer/gebruikers",
                    "username=toegang.matrix-ui&displayName=Matrix&roles=ANALYST&password=een+test+wachtwoord"),
            Map.entry("POST /beheer/gebruikers/{id}",
                    "displayName=Reserve-account&roles=ANALYST&enabled=true&version=999999"),
            Map.entry("POST /beheer/gebruikers/{id}/wachtwoord",
                    "newPassword=een+ander+test+wachtwoord"),
            Map.entry("POST /beheer/gebruikers/{id}/tokens",
                    "name=matrix"),
            Map.entry("POST /beheer/themas",
                    "code=matrix-ui&name=Matrix"),
            Map.entry("POST /beheer/themas/{code}",
                    "name=Wij-zij&position=1&active=true&version=999999"),
            Map.entry("POST /account/wachtwoord",
                    "currentPassword=niet+het+wachtwoord&newPassword=een+ander+test+wachtwoord"),
            Map.entry("POST /api/v1/programma/kosten",
                    "{\"van\":\"2025-03-01\",\"bedrag\":10,\"omschrijving\":\"Matrix\",\"versie\":999999}"),
            Map.entry("POST /api/v1/sleutelpersonen/{id}/wissing", "{\"reden\":\"OTHER\"}"),
            Map.entry("POST /evaluatie/kosten", "van=2025-03-01&bedrag=10&omschrijving=Matrix&versie=999999"),
            Map.entry("POST /simulatie", "seeds=1&years=1"),
            Map.entry("POST /netwerk/wat-als",
                    "remove=KEY_PERSON:@keyPerson@"));

    private RouteRequests() {
    }

    static Http.Response call(AccessFixture fixture, Row row, Caller caller, Objects objects) {
        String path = fixture.fill(row.path(), objects);
        String method = row.method().equals("ANY") ? "GET" : row.method();
        String body = BODIES.get(row.key());
        if (body != null) {
            for (Map.Entry<String, String> value : fixture.bodyValues(objects).entrySet()) {
                body = body.replace("@" + value.getKey() + "@", value.getValue());
            }
        }
        if (row.isApi()) {
            List<String> headers = new ArrayList<>();
            if (fixture.token(caller) != null) {
                headers.addAll(List.of("Authorization", "Bearer " + fixture.token(caller)));
            }
            if (method.equals("GET")) {
                return fixture.http().get(path, headers.toArray(String[]::new));
            }
            headers.addAll(List.of("If-Match", "\"" + STALE + "\""));
            if (body != null && body.startsWith(MULTIPART)) {
                headers.addAll(List.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY));
                return fixture.http().send(method, path, body.substring(MULTIPART.length()),
                        headers.toArray(String[]::new));
            }
            if (!method.equals("DELETE")) {
                headers.addAll(List.of("Content-Type", "application/json"));
                return fixture.http().send(method, path, body == null ? "{}" : body, headers.toArray(String[]::new));
            }
            return fixture.http().send(method, path, null, headers.toArray(String[]::new));
        }
        if (method.equals("GET") && path.startsWith("/mijn-sleutelnet")) {
            // the key persons' pages have a security chain and CSRF token of their own: read outside the staff
            // session, so that its next form post does not carry the self-service token
            return fixture.http().get(path);
        }
        StaffSession session = fixture.session(caller);
        if (method.equals("GET")) {
            return session.get(path);
        }
        return session.post(path, body == null ? "version=" + STALE : body);
    }
}
