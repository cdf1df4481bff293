package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a security officer checks with a browser's developer tools: every answer, page or API, carries the security
 * headers; the API allows other sites only from the allowlist; an error of ours tells nothing about the inside.
 */
@TestPropertySource(properties = "sleutelnet.security.cors.allowed-origins=https://zaaksysteem.gemeente.example")
class SecurityHeadersTest extends RunningApplication {

    private static final String ALLOWED = "https://zaaksysteem.gemeente.example";
    private static final String SECRET = "org.example.GeheimeKlasse: jdbc:postgresql://db.intern/sleutelnet";

    /** Something that breaks on the server side: an API route and a page. */
    @TestConfiguration
    @RestController
    static class Breaking {

        @GetMapping("/api/v1/test-storing")
        Map<String, Object> api() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/test-storing")
        String page() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        String admin = bearer(tokenFor("headers.admin", "ADMIN"));
        StaffSession staff = new StaffSession(http()).signIn("beheerder", ADMIN_PASSWORD);
        assertThat(staff.signedIn()).isTrue();
        Map<String, Http.Response> answers = Map.of(
                "sign-in page", http().get("/inloggen"),
                "start page", staff.get("/"),
                "stylesheet", http().get("/css/sleutelnet.css"),
                "unknown page", staff.get("/bestaat-niet"),
                "API list", http().get("/api/v1/buurten", "Authorization", admin),
                "API refusal", http().get("/api/v1/buurten"),
                "API unknown", http().get("/api/v1/bestaat-niet", "Authorization", admin),
                "poll link", http().get("/peiling/onbekende-link"));
        answers.forEach((what, response) -> {
            assertThat(response.header("Content-Security-Policy")).as(what)
                    .contains("frame-ancestors 'none'").contains("default-src")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.header("Strict-Transport-Security")).as(what).contains("max-age=31536000");
            assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).as(what).isIn("same-origin", "no-referrer");
            assertThat(response.header("Permissions-Policy")).as(what).contains("camera=()");
        });
        assertThat(answers.get("start page").header("Content-Security-Policy")).contains("script-src 'self'");
        for (String api : List.of("API list", "API refusal", "API unknown")) {
            assertThat(answers.get(api).header("Cache-Control")).as(api).isEqualTo("no-store");
            assertThat(answers.get(api).header("Referrer-Policy")).as(api).isEqualTo("no-referrer");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        String cookie = http().get("/inloggen").raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        // behind the city's TLS proxy (X-Forwarded-Proto: https from an internal address) it is Secure as well
        String behindProxy = http().get("/inloggen", "X-Forwarded-Proto", "https").raw().headers()
                .allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(behindProxy).contains("Secure").contains("HttpOnly");
    }

    @Test
    void anotherSiteMayUseTheApiOnlyFromTheAllowlist() {
        Http.Response allowed = http().send("OPTIONS", "/api/v1/buurten", null, "Origin", ALLOWED,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(allowed.header("Access-Control-Allow-Credentials")).isNull();

        Http.Response other = http().send("OPTIONS", "/api/v1/buurten", null, "Origin", "https://elders.example",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();

        Http.Response staffPages = http().send("OPTIONS", "/", null, "Origin", ALLOWED,
                "Access-Control-Request-Method", "GET");
        assertThat(staffPages.header("Access-Control-Allow-Origin")).as("the staff UI is never cross-origin").isNull();

        // the API description stays open to all
        assertThat(http().get("/api/v1/openapi.json", "Origin", "https://elders.example")
                .header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void anErrorOfOursTellsNothingAboutTheInside() {
        Http.Response api = http().get("/api/v1/test-storing", "Authorization",
                bearer(tokenFor("headers.analyst", "ANALYST")));
        assertThat(api.status()).isEqualTo(500);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.json().get("detail").asString()).contains("Something went wrong on our side");
        assertThat(api.body()).doesNotContain("GeheimeKlasse").doesNotContain("jdbc").doesNotContain("Exception")
                .doesNotContain("at nl.").doesNotContain("trace");
        assertThat(api.header("API-Version")).isNotNull();

        StaffSession staff = new StaffSession(http()).signIn("beheerder", ADMIN_PASSWORD);
        Http.Response page = staff.get("/test-storing");
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("Er ging aan onze kant iets mis")
                .doesNotContain("GeheimeKlasse").doesNotContain("jdbc").doesNotContain("Exception");
    }
}
