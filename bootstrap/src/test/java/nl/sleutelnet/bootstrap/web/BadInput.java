package nl.sleutelnet.bootstrap.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad input of the corpus: hostile texts, values of the wrong JSON type, broken bodies and wrong content types,
 * and the cases they make for every operation of the API, read from its OpenAPI document. Generated, not random: the
 * same document gives the same cases, so a failure can be sent again by hand.
 */
final class BadInput {

    /** Texts that have broken other systems: empty, huge, control and direction characters, injections. */
    static final List<String> HOSTILE_TEXTS = List.of("", " ", "x".repeat(100_000), "\u0000", "a\u0000b",
            "\u202Egnp.exe\u202D", "\u0007\u001b[31mrood\u001b[0m", "' OR '1'='1", "'; DROP TABLE signal; --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${7*7}", "[[${7*7}]]", "%s%n%x%d",
            "../../../../etc/passwd", "\uD83D\uDE00".repeat(500), "null", "NaN", "-1", "1e309", "2026-13-45",
            "0000-00-00T25:61:61Z", "ﷺ عربي", "\r\nSet-Cookie: x=1");

    /** JSON values of every type, put where the API expects something else (written as they stand). */
    static final List<String> WRONG_JSON_VALUES = List.of("123", "-1", "1.5", "true", "null", "[]", "{}", "[\"a\"]",
            "{\"a\":1}", "1e400", "99999999999999999999999999", "\"\"", "[null]", "-0");

    /** Bodies that are not what any operation takes. */
    static final List<String> BROKEN_BODIES = List.of("", "{", "{\"a\":", "}", "[]", "null", "42", "\"tekst\"",
            "{\"a\":1,}", "{'a':1}", "\uFEFF{}", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":\"" + "y".repeat(2_000_000) + "\"}");

    /** Content types the API does not take, with a body in that type. */
    static final Map<String, String> WRONG_CONTENT_TYPES = Map.of("text/plain", "tekst",
            "application/xml", "<a>1</a>", "application/x-www-form-urlencoded", "a=1&b=2",
            "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--",
            "application/json; charset=ISO-8859-1", "{\"a\":\"\u00e9\"}");

    static final List<String> IF_MATCH_VALUES = List.of("", "abc", "\"-1\"", "W/\"x\"", "\"99999999999999999999\"",
            "*", "\"1\", \"2\"");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RAW = "__raw_value__";

    /** One request of the corpus. */
    record Case(String method, String path, String contentType, String body, List<String> headers, String what) {

        String describe() {
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " — " + what;
        }
    }

    private BadInput() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Every case for one operation: each path parameter and query parameter with every hostile text; the body with each
     * top-level field given every hostile text and every wrong type, and left out; broken bodies; wrong content types;
     * and bad If-Match values where the operation takes one.
     *
     * @param known a real value per path parameter (an id that exists), so that the body reaches the handler
     */
    static List<Case> forOperation(JsonNode api, String method, String template, JsonNode operation,
            Map<String, String> known) {
        List<Case> cases = new ArrayList<>();
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        boolean ifMatch = false;
        for (JsonNode p : operation.path("parameters")) {
            switch (p.path("in").asString()) {
                case "path" -> pathParams.add(p.path("name").asString());
                case "query" -> queryParams.add(p.path("name").asString());
                case "header" -> ifMatch |= "If-Match".equalsIgnoreCase(p.path("name").asString());
                default -> {
                }
            }
        }
        Map<String, String> valid = new LinkedHashMap<>();
        pathParams.forEach(name -> valid.put(name, known.getOrDefault(name, UUID.randomUUID().toString())));
        String path = fill(template, valid);
        JsonNode schema = bodySchema(api, operation);
        String body = schema == null ? null : JSON.writeValueAsString(example(api, schema, 0));
        String type = schema == null ? null : "application/json";
        List<String> version = ifMatch ? List.of("If-Match", "\"1\"") : List.of();

        for (String name : pathParams) {
            List<String> values = new ArrayList<>(HOSTILE_TEXTS);
            values.add("00000000-0000-0000-0000-000000000000");
            for (String value : values) {
                Map<String, String> bad = new LinkedHashMap<>(valid);
                bad.put(name, value);
                cases.add(new Case(method, fill(template, bad), type, body, version, "path " + name + "=" + shorten(
                        value)));
            }
        }
        for (String name : queryParams) {
            List<String> values = new ArrayList<>(HOSTILE_TEXTS);
            values.addAll(WRONG_JSON_VALUES);
            for (String value : values) {
                cases.add(new Case(method, path + "?" + encode(name) + "=" + encode(value), type, body, version,
                        "query " + name + "=" + shorten(value)));
            }
            cases.add(new Case(method, path + "?" + encode(name) + "=1&" + encode(name) + "=2", type, body, version,
                    "query " + name + " twice"));
        }
        if (ifMatch) {
            for (String value : IF_MATCH_VALUES) {
                cases.add(new Case(method, path, type, body, List.of("If-Match", value), "If-Match " + value));
            }
        }
        if (schema != null) {
            JsonNode example = example(api, schema, 0);
            if (example instanceof ObjectNode object) {
                List<String> fields = new ArrayList<>();
                object.propertyNames().forEach(fields::add);
                for (String field : fields) {
                    for (String text : HOSTILE_TEXTS) {
                        ObjectNode copy = object.deepCopy();
                        copy.put(field, text);
                        cases.add(new Case(method, path, type, JSON.writeValueAsString(copy), version,
                                "field " + field + "=\"" + shorten(text) + "\""));
                    }
                    for (String raw : WRONG_JSON_VALUES) {
                        ObjectNode copy = object.deepCopy();
                        copy.put(field, RAW);
                        cases.add(new Case(method, path, type, JSON.writeValueAsString(copy)
                                .replace("\"" + RAW + "\"", raw), version, "field " + field + "=" + raw));
                    }
                    ObjectNode without = object.deepCopy();
                    without.remove(field);
                    cases.add(new Case(method, path, type, JSON.writeValueAsString(without), version,
                            "without field " + field));
                }
                ObjectNode unknown = object.deepCopy();
                unknown.put("onbekendVeld", "waarde");
                cases.add(new Case(method, path, type, JSON.writeValueAsString(unknown), version, "unknown field"));
            }
            for (String broken : BROKEN_BODIES) {
                cases.add(new Case(method, path, type, broken, version, "body " + shorten(broken)));
            }
            for (Map.Entry<String, String> wrong : WRONG_CONTENT_TYPES.entrySet()) {
                cases.add(new Case(method, path, wrong.getKey(), wrong.getValue(), version,
                        "content type " + wrong.getKey()));
            }
            cases.add(new Case(method, path, null, body, version, "no content type"));
        }
        return cases;
    }

    static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        return path;
    }

    private static JsonNode bodySchema(JsonNode api, JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode json = content.path("application/json").path("schema");
        return json.isMissingNode() ? null : resolve(api, json);
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asString();
            current = api.at(ref.substring(1));
        }
        return current;
    }

    /** A plausible value for a schema: what a client that read the documentation would send. */
    static JsonNode example(JsonNode api, JsonNode schema, int depth) {
        JsonNode s = resolve(api, schema);
        if (s.has("enum") && !s.path("enum").isEmpty()) {
            return s.path("enum").get(0);
        }
        if (s.has("allOf")) {
            return example(api, s.path("allOf").get(0), depth + 1);
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            return example(api, s.has("oneOf") ? s.path("oneOf").get(0) : s.path("anyOf").get(0), depth + 1);
        }
        String type = type(s);
        String format = s.path("format").asString("");
        return switch (type) {
            case "integer" -> JsonNodeFactory.instance.numberNode(3);
            case "number" -> JsonNodeFactory.instance.numberNode(1.5);
            case "boolean" -> JsonNodeFactory.instance.booleanNode(true);
            case "array" -> {
                var array = JSON.createArrayNode();
                if (depth < 4 && s.has("items")) {
                    array.add(example(api, s.path("items"), depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                if (depth < 4) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").properties().iterator();
                            it.hasNext();) {
                        Map.Entry<String, JsonNode> property = it.next();
                        object.set(property.getKey(), example(api, property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            default -> JsonNodeFactory.instance.stringNode(switch (format) {
                case "date-time" -> "2026-11-20T10:00:00Z";
                case "date" -> "2026-11-20";
                case "uuid" -> UUID.randomUUID().toString();
                case "email" -> "iemand@example.org";
                default -> "tekst";
            });
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
            return "null";
        }
        if (type.isMissingNode()) {
            return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
        }
        return type.asString();
    }

    static String shorten(String value) {
        String visible = value.replaceAll("\\p{Cntrl}", "·");
        return visible.length() > 40 ? visible.substring(0, 40) + "…(" + value.length() + ")" : visible;
    }
}
