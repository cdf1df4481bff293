package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.sleutelnet.bootstrap.web.BadInput.Case;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Bad input over every endpoint and form (issue 9): more than 10,000 generated requests — wrong types, huge, empty,
 * right-to-left and control characters, null bytes, malformed JSON, wrong content types, unknown fields, SQL and script
 * payloads — against the application with the demo data. None may be answered with a server error; every refusal of
 * the API is a problem+json; no page of the staff UI returns a script payload unescaped.
 * <p>
 * The API's operations come from its own OpenAPI document; the staff UI's forms are found by following the links of
 * the pages a coordinator and an administrator can reach, as a browser would. A new endpoint or form is therefore in
 * the corpus without anyone adding it.
 * <p>
 * The whole corpus (well over 10,000 requests) runs with {@code -Preliability} ({@code sleutelnet.corpus.stride=1});
 * the normal build sends every {@value #DEFAULT_STRIDE}th case, so that every kind of bad input still reaches every
 * endpoint and form in some field. Problems are also written to {@code target/bad-input-failures.txt} as they are
 * found.
 */
@ActiveProfiles("demo")
@TestPropertySource(properties = "sleutelnet.test.isolated=bad-input")
class BadInputCorpusTest extends RunningApplication {

    private static final Pattern UUID_IN_PATH = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> ADMIN_PATHS = Set.of("/api/v1/gebruikers", "/api/v1/themas", "/api/v1/auditlog");
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final int MAX_PAGES = 120;
    private static final int DEFAULT_STRIDE = 7;

    private final int stride = Integer.getInteger("sleutelnet.corpus.stride", DEFAULT_STRIDE);
    private int sequence;

    /** Whether this case is sent in this run: all with stride 1, else every stride-th one. */
    private boolean sent() {
        return sequence++ % stride == 0;
    }

    private static void record(List<String> failures, String failure) {
        failures.add(failure);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bad-input-failures.txt"), failure + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noRequestOfTheCorpusGetsAServerErrorAndEveryRefusalSaysWhatIsWrong() throws java.io.IOException {
        java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("target", "bad-input-failures.txt"));
        Http http = http();
        String coordinator = bearer(tokenFor("corpus.regisseur", "COORDINATOR"));
        String admin = bearer(tokenFor("corpus.beheerder", "ADMIN"));
        JsonNode api = http.get("/api/v1/openapi.json").json();
        String base = api.path("servers").path(0).path("url").asString("");
        base = base.startsWith("http") ? java.net.URI.create(base).getPath() : base;

        List<String> failures = new ArrayList<>();
        int requests = 0;
        Map<String, String> known = new java.util.HashMap<>();
        for (Map.Entry<String, JsonNode> documented : api.path("paths").properties()) {
            Map.Entry<String, JsonNode> path = Map.entry(base + documented.getKey(), documented.getValue());
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                String auth = ADMIN_PATHS.stream().anyMatch(path.getKey()::startsWith) ? admin : coordinator;
                Map<String, String> ids = realIds(http, auth, path.getKey(), known);
                for (Case c : BadInput.forOperation(api, method, path.getKey(), operation.getValue(), ids)) {
                    if (!sent()) {
                        continue;
                    }
                    requests++;
                    List<String> headers = new ArrayList<>(List.of("Authorization", auth));
                    if (c.contentType() != null) {
                        headers.addAll(List.of("Content-Type", c.contentType()));
                    }
                    headers.addAll(c.headers());
                    Http.Response response = http.send(c.method(), c.path(), c.body(),
                            headers.toArray(String[]::new));
                    checkApi(c, response, failures);
                }
            }
        }

        int apiRequests = requests;
        requests += crawlAndSubmitForms(new StaffSession(http()).signIn("regisseur", "demo-wachtwoord"), failures);
        StaffSession beheer = new StaffSession(http()).signIn("beheerder", ADMIN_PASSWORD);
        requests += crawlAndSubmitForms(beheer, failures);

        System.out.printf("Bad-input corpus: %d API requests, %d in all, %d went wrong%n", apiRequests, requests,
                failures.size());
        assertThat(apiRequests * stride).as("API requests").isGreaterThan(5_000);
        assertThat(requests * stride).as("requests in the whole corpus").isGreaterThanOrEqualTo(10_000);
        assertThat(failures).as("%d of %d requests went wrong", failures.size(), requests)
                .isEmpty();
    }

    private static void checkApi(Case c, Http.Response response, List<String> failures) {
        int status = response.status();
        if (status >= 500) {
            record(failures, status + " " + c.describe() + " → " + BadInput.shorten(response.body()));
        } else if (status >= 400
                && !String.valueOf(response.header("Content-Type")).startsWith("application/problem+json")) {
            record(failures, status + " without problem+json: " + c.describe() + " → "
                    + response.header("Content-Type"));
        }
    }

    /**
     * An existing value for each path parameter of a template, taken from the list one level up (the first item's
     * {@code id} or {@code code}), so that bad bodies reach the handler instead of stopping at a 404.
     */
    private static Map<String, String> realIds(Http http, String auth, String template, Map<String, String> known) {
        Map<String, String> ids = new LinkedHashMap<>();
        int brace = template.indexOf('{');
        while (brace >= 0) {
            int end = template.indexOf('}', brace);
            String name = template.substring(brace + 1, end);
            String collection = BadInput.fill(template.substring(0, brace - 1), ids);
            String value = known.computeIfAbsent(collection, c -> firstId(http, auth, c));
            ids.put(name, value != null ? value : java.util.UUID.randomUUID().toString());
            brace = template.indexOf('{', end);
        }
        return ids;
    }

    private static String firstId(Http http, String auth, String collection) {
        Http.Response list = http.get(collection, "Authorization", auth);
        if (list.status() != 200 || !String.valueOf(list.header("Content-Type")).contains("json")) {
            return null;
        }
        return find(list.json());
    }

    private static String find(JsonNode node) {
        if (node.isObject()) {
            for (String key : List.of("id", "code")) {
                if (node.path(key).isString()) {
                    return node.path(key).asString();
                }
            }
        }
        for (JsonNode child : node) {
            String found = find(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Follows the links of the staff UI from the start page (one page per path shape) and submits every form found with
     * each field given every hostile text, the other fields as the page filled them in.
     */
    private int crawlAndSubmitForms(StaffSession session, List<String> failures) {
        assertThat(session.signedIn()).as(session.lastSignIn().body()).isTrue();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> shapes = new HashSet<>();
        Map<String, Element> forms = new LinkedHashMap<>();
        int requests = 0;
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String page = queue.poll();
            Http.Response response = session.get(page);
            requests++;
            pages++;
            if (response.status() >= 500) {
                record(failures, response.status() + " GET " + page);
            }
            if (response.status() != 200 || !String.valueOf(response.header("Content-Type")).contains("html")) {
                continue;
            }
            Document document = Jsoup.parse(response.body(), "http://localhost" + page);
            for (Element link : document.select("a[href]")) {
                String href = link.attr("href");
                if (!href.startsWith("/") || href.startsWith("//") || skipped(href)) {
                    continue;
                }
                String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                if (shapes.add(shape(target))) {
                    queue.add(target);
                }
            }
            for (Element form : document.select("form")) {
                String action = form.attr("action").isEmpty() ? page : form.attr("action");
                if (action.startsWith("/") && !skipped(action)) {
                    forms.putIfAbsent(form.attr("method").toUpperCase(java.util.Locale.ROOT) + " " + shape(action)
                            + " " + fieldNames(form), form.attr("action", action));
                }
            }
        }
        for (Element form : forms.values()) {
            requests += submitBadly(session, form, failures);
        }
        return requests;
    }

    private int submitBadly(StaffSession session, Element form, List<String> failures) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf") || input.attr("type").equals("file")) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "select" -> {
                    Element option = input.selectFirst("option[selected]");
                    option = option == null ? input.selectFirst("option") : option;
                    yield option == null ? "" : option.attr("value");
                }
                case "textarea" -> input.text();
                default -> input.attr("value");
            };
            fields.putIfAbsent(name, value);
        }
        boolean post = form.attr("method").equalsIgnoreCase("post");
        String action = form.attr("action");
        int requests = 0;
        for (String field : fields.keySet()) {
            for (String text : BadInput.HOSTILE_TEXTS) {
                if (text.length() > 10_000 && !post || !sent()) {
                    continue;
                }
                StringBuilder body = new StringBuilder();
                fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(BadInput.encode(name))
                        .append('=').append(BadInput.encode(name.equals(field) ? text : value)));
                Http.Response response = post ? session.post(action, body.toString())
                        : session.get(action + (action.contains("?") ? "&" : "?") + body);
                requests++;
                String what = (post ? "POST " : "GET ") + action + " " + field + "=" + BadInput.shorten(text);
                if (response.status() >= 500) {
                    record(failures, response.status() + " " + what);
                } else if (response.body().contains(SCRIPT)) {
                    record(failures, "script payload unescaped in the page: " + what);
                }
            }
        }
        return requests;
    }

    private static boolean skipped(String path) {
        return path.startsWith("/uitloggen") || path.startsWith("/css") || path.startsWith("/js")
                || path.startsWith("/img") || path.startsWith("/webjars") || path.startsWith("/api")
                || path.startsWith("/favicon") || path.startsWith("/inloggen");
    }

    /** A path with its ids and query values left out: one page of each shape is enough. */
    private static String shape(String path) {
        String withoutIds = UUID_IN_PATH.matcher(path).replaceAll("{id}");
        int query = withoutIds.indexOf('?');
        if (query < 0) {
            return withoutIds;
        }
        StringBuilder names = new StringBuilder(withoutIds.substring(0, query)).append('?');
        for (String pair : withoutIds.substring(query + 1).split("&")) {
            names.append(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair).append('&');
        }
        return names.toString();
    }

    private static String fieldNames(Element form) {
        List<String> names = new ArrayList<>();
        form.select("[name]").forEach(e -> names.add(e.attr("name")));
        return String.join(",", names);
    }
}
