package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.testidp.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in with the city's identity provider, by configuration only, against a real authorization server started by
 * the test: the browser's redirects are followed by hand (each site keeps its own cookies), the person signs in at the
 * provider with its password form, and Sleutelnet exchanges the code for tokens at the provider's token endpoint and
 * checks the signed ID token.
 */
class OidcSignInTest extends RunningApplication {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static int appPort;
    private static int idpPort;
    private static ConfigurableApplicationContext idp;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
        appPort = freePort();
        idpPort = freePort();
        String redirect = "http://127.0.0.1:" + appPort + "/login/oauth2/code/gemeente";
        idp = TestIdentityProvider.start(idpPort, redirect);
        String registration = "spring.security.oauth2.client.registration.gemeente.";
        registry.add("server.port", () -> appPort);
        registry.add("sleutelnet.security.oidc.enabled", () -> "true");
        registry.add("sleutelnet.security.oidc.roles-claim", () -> "sleutelnet_rollen");
        registry.add("sleutelnet.security.oidc.role-mapping",
                () -> "sleutelnet-regisseur=COORDINATOR,sleutelnet-analist=ANALYST");
        registry.add(registration + "client-id", () -> "sleutelnet");
        registry.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add(registration + "client-authentication-method", () -> "client_secret_basic");
        registry.add(registration + "authorization-grant-type", () -> "authorization_code");
        registry.add(registration + "scope", () -> "openid");
        registry.add(registration + "redirect-uri", () -> redirect);
        registry.add("spring.security.oauth2.client.provider.gemeente.issuer-uri",
                () -> "http://127.0.0.1:" + idpPort);
    }

    @AfterAll
    static void stopIdentityProvider() {
        if (idp != null) {
            idp.close();
        }
    }

    @Test
    void aPersonSignsInAtTheCityAndGetsTheRolesTheCityAssigns() {
        createAccount.createAccount(Actor.system(), new CreateAccountCommand("regisseur.oidc", "Regisseur via OIDC",
                List.of("ANALYST"), List.of(), "een wachtwoord dat niet gebruikt wordt"));
        Visitor browser = new Visitor();
        String landing = browser.signInAtTheCity("regisseur.oidc");
        assertThat(landing).isEqualTo("http://127.0.0.1:" + appPort + "/");
        HttpResponse<String> start = browser.get(landing);
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("Uitloggen");
        assertThat(account("regisseur.oidc").roles()).as("the city's claim, mapped; unknown values ignored")
                .containsExactly(Role.COORDINATOR);
        assertThat(browser.get("http://127.0.0.1:" + appPort + "/sleutelpersonen").statusCode())
                .as("a coordinator sees key persons, an analyst would not").isEqualTo(200);
    }

    @Test
    void someoneTheCityKnowsButSleutelnetDoesNotIsNotLetIn() {
        Visitor browser = new Visitor();
        String landing = browser.signInAtTheCity("onbekend.oidc");
        assertThat(landing).endsWith("/inloggen?geen-account");
        assertThat(browser.get(landing).body()).contains("geen actief Sleutelnet-account");
        assertThat(browser.get("http://127.0.0.1:" + appPort + "/").statusCode()).isEqualTo(302);
    }

    @Test
    void theSignInPageOffersTheCityAccount() {
        assertThat(http().get("/inloggen").body()).contains("href=\"/oauth2/authorization/gemeente\"")
                .contains("Inloggen met uw gemeente-account");
    }

    /** A browser without a screen: follows redirects by hand and keeps cookies per site. */
    private static final class Visitor {

        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, Map<String, String>> cookies = new HashMap<>();

        /** From Sleutelnet's "sign in with the city" to where Sleutelnet finally sends the person. */
        String signInAtTheCity(String username) {
            String location = follow("http://127.0.0.1:" + appPort + "/oauth2/authorization/gemeente", "/login");
            HttpResponse<String> form = get(location);
            Matcher csrf = CSRF.matcher(form.body());
            assertThat(csrf.find()).as("the provider's sign-in form: " + form.body()).isTrue();
            HttpResponse<String> posted = post(location, "username=" + encode(username) + "&password="
                    + encode(TestIdentityProvider.PASSWORD) + "&_csrf=" + encode(csrf.group(1)));
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
            return follow(absolute(location, posted.headers().firstValue("Location").orElseThrow()), "/inloggen",
                    ":" + appPort + "/");
        }

        /** Follows redirects until one ends on a path with one of these endings. */
        private String follow(String url, String... stopAt) {
            String current = url;
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> response = get(current);
                if (response.statusCode() != 302) {
                    throw new AssertionError(response.statusCode() + " at " + current + ": " + response.body());
                }
                current = absolute(current, response.headers().firstValue("Location").orElseThrow());
                String path = current.replaceFirst("\\?.*", "");
                for (String stop : stopAt) {
                    if (path.endsWith(stop)) {
                        return current;
                    }
                }
            }
            throw new AssertionError("too many redirects, last " + current);
        }

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
        }

        HttpResponse<String> post(String url, String form) {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)), url);
        }

        private HttpResponse<String> send(HttpRequest.Builder request, String url) {
            Map<String, String> jar = cookies.computeIfAbsent(URI.create(url).getAuthority(), s -> new HashMap<>());
            request.header("Accept", "text/html,application/xhtml+xml");
            if (!jar.isEmpty()) {
                request.header("Cookie", String.join("; ", jar.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).toList()));
            }
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                for (String set : response.headers().allValues("Set-Cookie")) {
                    String[] pair = set.split(";", 2)[0].split("=", 2);
                    jar.put(pair[0], pair[1]);
                }
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String absolute(String base, String location) {
            return URI.create(base).resolve(location).toString();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
