package nl.sleutelnet.adapters.web.problem;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core names a field as its command does ({@code username}); an API client sent the Dutch JSON name
 * ({@code gebruikersnaam}). This glossary translates every segment of a field path, keeping any index:
 * {@code neighbourhoods[2]} becomes {@code buurten[2]} and {@code legalBasis.purposes[0]} becomes
 * {@code grondslag.doelen[0]}. A name that is not in the glossary is kept as it is.
 */
public final class ApiFieldNames {

    private static final Map<String, String> DUTCH = Map.ofEntries(
            // accounts and themes
            Map.entry("username", "gebruikersnaam"),
            Map.entry("displayName", "naam"),
            Map.entry("roles", "rollen"),
            Map.entry("neighbourhoods", "buurten"),
            Map.entry("password", "wachtwoord"),
            Map.entry("newPassword", "wachtwoord"),
            Map.entry("currentPassword", "huidigWachtwoord"),
            Map.entry("name", "naam"),
            Map.entry("remove", "vertrekken"),
            Map.entry("add", "nieuwkomers"),
            Map.entry("tiesTo", "verbondenMet"),
            Map.entry("from", "van"),
            Map.entry("to", "tot"),
            Map.entry("description", "omschrijving"),
            Map.entry("position", "positie"),
            Map.entry("active", "actief"),
            Map.entry("enabled", "actief"),
            Map.entry("district", "wijk"),
            Map.entry("nameContains", "naam"),
            Map.entry("accountId", "id"),
            Map.entry("expectedVersion", "If-Match"),
            // key persons
            Map.entry("phone", "telefoon"),
            Map.entry("reach", "bereik"),
            Map.entry("themes", "themas"),
            Map.entry("languages", "talen"),
            Map.entry("contactPerson", "contactpersoon"),
            Map.entry("notes", "notities"),
            Map.entry("nominatedByKind", "voorgedragenDoorSoort"),
            Map.entry("nominatedBy", "voorgedragenDoor"),
            Map.entry("nominationMotivation", "motivatie"),
            Map.entry("reason", "reden"),
            // legal basis
            Map.entry("legalBasis", "grondslag"),
            Map.entry("ground", "grond"),
            Map.entry("recordedOn", "vastgelegdOp"),
            Map.entry("purposes", "doelen"),
            Map.entry("howGiven", "hoeGegeven"),
            Map.entry("reference", "referentie"),
            // the key person list's query parameters
            Map.entry("neighbourhood", "buurt"),
            Map.entry("theme", "thema"),
            Map.entry("text", "zoek"),
            Map.entry("page", "pagina"),
            Map.entry("size", "paginaGrootte"),
            // partners and ties: a tie's ends are objects {soort, id} in the API
            Map.entry("kind", "soort"),
            Map.entry("aKind", "a.soort"),
            Map.entry("a", "a.id"),
            Map.entry("bKind", "b.soort"),
            Map.entry("b", "b.id"),
            Map.entry("strength", "sterkte"),
            Map.entry("since", "sinds"),
            Map.entry("lastContact", "laatsteContact"),
            // poll rounds and answers
            Map.entry("opensAt", "opent"),
            Map.entry("closesAt", "sluit"),
            Map.entry("recurrence", "herhaling"),
            Map.entry("occasion", "aanleiding"),
            Map.entry("endSeries", "reeksBeeindigen"),
            Map.entry("roundId", "id"),
            Map.entry("ratings", "cijfers"),
            Map.entry("remark", "opmerking"),
            // signals
            Map.entry("reporterKind", "melderSoort"),
            Map.entry("reporterId", "melder"),
            Map.entry("openSource", "openBron"),
            Map.entry("howObtained", "hoeVerkregen"),
            Map.entry("intensity", "intensiteit"),
            Map.entry("observedAt", "waargenomenOp"),
            Map.entry("requestKey", "Idempotency-Key"),
            Map.entry("assignee", "behandelaar"),
            Map.entry("step", "stap"),
            Map.entry("reliability", "betrouwbaarheid"),
            Map.entry("explanation", "toelichting"),
            Map.entry("intervention", "interventie"),
            Map.entry("signalId", "id"),
            Map.entry("overdue", "achterstallig"),
            // the temperature: a buurt × theme in the path, a series' days, an alert
            Map.entry("neighbourhoodCode", "buurtcode"),
            Map.entry("alertId", "id"),
            // the audit log's query parameters
            Map.entry("action", "actie"),
            Map.entry("result", "resultaat"),
            Map.entry("purpose", "doel"),
            Map.entry("disclosuresOnly", "alleenVerstrekkingen"),
            // interventions: the intervention, its participants, tasks, capacity, dynamics, steps and evaluation
            Map.entry("title", "titel"),
            Map.entry("goal", "doel"),
            Map.entry("signals", "signalen"),
            Map.entry("owner", "eigenaar"),
            Map.entry("involvement", "betrokkenheid"),
            Map.entry("interventionId", "id"),
            Map.entry("memberKind", "soort"),
            Map.entry("memberId", "id"),
            Map.entry("part", "bijdrage"),
            Map.entry("taskId", "taak"),
            Map.entry("due", "uiterlijk"),
            Map.entry("note", "notitie"),
            Map.entry("initiatives", "initiatieven"),
            Map.entry("capacity", "draagkracht"),
            Map.entry("judgement", "oordeel"),
            Map.entry("tagId", "id"),
            Map.entry("role", "rol"),
            Map.entry("dynamic", "dynamiek"),
            Map.entry("exitLevel", "exitNiveau"),
            Map.entry("exitDays", "exitDagen"),
            Map.entry("justification", "verantwoording"),
            Map.entry("outcome", "uitkomst"),
            Map.entry("lessons", "lessen"),
            Map.entry("followUp", "vervolg"));

    /** One segment: a name, then any indexes ({@code purposes[0]}, {@code rings[1][2]}). */
    private static final Pattern SEGMENT = Pattern.compile("([^\\[]*)(.*)");

    private ApiFieldNames() {
    }

    public static String toApi(String field) {
        StringBuilder api = new StringBuilder(field.length() + 8);
        for (String segment : field.split("\\.", -1)) {
            if (!api.isEmpty()) {
                api.append('.');
            }
            Matcher parts = SEGMENT.matcher(segment);
            parts.matches();
            api.append(DUTCH.getOrDefault(parts.group(1), parts.group(1))).append(parts.group(2));
        }
        return api.toString();
    }
}
