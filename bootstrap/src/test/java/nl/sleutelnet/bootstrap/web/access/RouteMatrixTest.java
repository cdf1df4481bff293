package nl.sleutelnet.bootstrap.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.sleutelnet.bootstrap.web.Http;
import nl.sleutelnet.bootstrap.web.RunningApplication;
import nl.sleutelnet.bootstrap.web.access.RouteMatrix.Caller;
import nl.sleutelnet.bootstrap.web.access.RouteMatrix.Expect;
import nl.sleutelnet.bootstrap.web.access.RouteMatrix.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route of the running application against {@code route-matrix.csv}: no route without a row, no row without a
 * route, and every row called as every role and as nobody, with the answer it must get. On the demo data plus
 * {@link AccessFixture}'s objects; one application start, one token and one session per role.
 *
 * <p>What the application actually answered is written to {@code target/route-matrix-observed.csv}, so that whoever
 * adds a route can see what it does now; the matrix itself is a decision, not a recording.
 */
@ActiveProfiles("demo")
@TestPropertySource(properties = "sleutelnet.test.isolated=toegang")
class RouteMatrixTest extends RunningApplication {

    /**
     * Handler mappings that are not Sleutelnet's routes, with the reason. Static resources (CSS, scripts, WebJars)
     * are served by resource handlers, not handler methods, so they never appear; the security filter chain allows
     * them without signing in and they hold nothing but the application's own files.
     */
    static final Map<String, String> EXCLUDED = Map.of(
            "/actuator", "Spring Boot's actuator: only health is exposed, to anyone, without details (see "
                    + "management.* in application.properties); it is Spring's, not a Sleutelnet route");

    private static final Map<String, Integer> OBSERVED = new ConcurrentHashMap<>();
    /** Denied roles first and the coordinator last, so that an allowed change cannot disturb a later call. */
    private static final List<Caller> ORDER = List.of(Caller.ANONYMOUS, Caller.KEY_PERSON, Caller.ANALYST,
            Caller.PROFESSIONAL, Caller.ADMIN, Caller.COORDINATOR);

    @Autowired
    private ApplicationContext context;

    private AccessFixture fixture() {
        return AccessFixture.of(context, port);
    }

    /** Every {@code METHOD path} the application maps to a handler method of its own. */
    static Set<String> mappedRoutes(ApplicationContext context) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping
                : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String pattern : info.getPatternValues()) {
                    if (EXCLUDED.keySet().stream().anyMatch(pattern::startsWith)) {
                        continue;
                    }
                    for (String method : methods) {
                        routes.add(RouteMatrix.key(method, pattern));
                    }
                }
            });
        }
        return routes;
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<String> mapped = mappedRoutes(context);
        Set<String> declared = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Row row : RouteMatrix.load().rows()) {
            if (!declared.add(row.key())) {
                duplicates.add(row.key());
            }
        }
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(declared);
        Set<String> stale = new TreeSet<>(declared);
        stale.removeAll(mapped);
        assertThat(duplicates).as("rows declared twice in route-matrix.csv").isEmpty();
        assertThat(missing).as("routes without a row in bootstrap/src/test/resources/route-matrix.csv: add a row "
                + "per route with allow/deny per role (see docs/beveiliging.md, 'Toegangsmatrix')").isEmpty();
        assertThat(stale).as("rows in route-matrix.csv that match no route any more: remove or correct them")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyRouteAnswersEveryCallerAsDeclared() {
        AccessFixture fixture = fixture();
        return RouteMatrix.load().rows().stream().map(row -> DynamicContainer.dynamicContainer(row.key(),
                ORDER.stream().filter(caller -> row.expected(caller) != Expect.NOT_APPLICABLE)
                        .map(caller -> DynamicTest.dynamicTest(caller.name() + " " + row.expected(caller).code(),
                                () -> check(fixture, row, caller)))));
    }

    private static void check(AccessFixture fixture, Row row, Caller caller) {
        Http.Response response = RouteRequests.call(fixture, row, caller, fixture.inside());
        OBSERVED.put(row.key() + "|" + caller, response.status());
        String seen = response.status() + (response.header("Location") == null ? ""
                : " to " + response.header("Location")) + ": " + abbreviate(response.body());
        assertThat(response.status()).as("%s as %s: a server error is neither allowed nor denied; %s", row, caller,
                seen).isLessThan(500);
        boolean signIn = response.status() == 401 || isRedirect(response.status())
                && response.header("Location").contains("/inloggen");
        boolean forbidden = response.status() == 403;
        if (row.expected(caller) == Expect.ALLOW) {
            assertThat(signIn || forbidden).as("%s as %s must be allowed, was %s", row, caller, seen).isFalse();
            if (!row.changes() && !fixture.namesNothing(fixture.fill(row.path(), fixture.inside()))) {
                assertThat(response.status()).as("%s as %s: a page or read that is allowed answers, was %s", row,
                        caller, seen).isLessThan(400);
            }
        } else if (caller == Caller.ANONYMOUS) {
            assertThat(signIn || forbidden).as("%s without signing in must be refused (401, sign-in page or 403), "
                    + "was %s", row, seen).isTrue();
        } else {
            assertThat(forbidden).as("%s as %s must be refused with 403, was %s%s", row, caller, seen,
                    response.status() == 400 ? " (a 400 before the access check: give the route a body that passes "
                            + "the web layer's checks in RouteRequests.BODIES)" : "").isTrue();
        }
    }

    private static boolean isRedirect(int status) {
        return status == 302 || status == 303;
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    /** What every caller got, as a draft row per route, for whoever adds a route. */
    @AfterAll
    static void writeObserved() {
        Map<String, StringBuilder> lines = new TreeMap<>();
        OBSERVED.forEach((cell, status) -> {
            String[] parts = cell.split("\\|");
            lines.computeIfAbsent(parts[0], k -> new StringBuilder(k.replaceFirst(" ", ",")))
                    .append(',').append(parts[1]).append('=').append(status);
        });
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.write(target.resolve("route-matrix-observed.csv"),
                    lines.values().stream().map(StringBuilder::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
