package nl.sleutelnet.testidp;

import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A stand-in for the city's identity provider in tests: Spring Authorization Server on 127.0.0.1, with two people who
 * sign in with a password form and get an ID token with {@code preferred_username} and a {@code sleutelnet_rollen}
 * claim. Outside the application's packages, so that no application context scans it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestIdentityProvider {

    public static final String PASSWORD = "wachtwoord bij de gemeente";
    public static final String CLIENT_SECRET = "geheim-voor-de-test";
    /** The roles each person has at the city, as the city names them. */
    static final Map<String, List<String>> CITY_ROLES = Map.of(
            "regisseur.oidc", List.of("sleutelnet-regisseur", "iets-anders"),
            "onbekend.oidc", List.of("sleutelnet-analist"));

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(CITY_ROLES.keySet().stream()
                .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                .toList());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> sleutelnetClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                String name = context.getPrincipal().getName();
                context.getClaims().claim("preferred_username", name)
                        .claim("sleutelnet_rollen", CITY_ROLES.getOrDefault(name, List.of()));
            }
        };
    }

    /** Starts it on {@code port}, for a client whose sign-in ends at {@code redirectUri}. */
    public static ConfigurableApplicationContext start(int port, String redirectUri) {
        String client = "spring.security.oauth2.authorizationserver.client.sleutelnet.registration.";
        return new SpringApplicationBuilder(TestIdentityProvider.class).properties(
                "spring.config.name=test-identity-provider",
                "server.address=127.0.0.1",
                "server.port=" + port,
                "server.servlet.session.cookie.name=IDPSESSION",
                "spring.autoconfigure.exclude="
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration,"
                        + "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration,"
                        + "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration,"
                        + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
                        // Sleutelnet's own core is on the class path too; an identity provider has no use for it
                        + "nl.sleutelnet.bootstrap.SleutelnetAutoConfiguration",
                "management.endpoints.enabled-by-default=false",
                "spring.security.oauth2.authorizationserver.issuer=http://127.0.0.1:" + port,
                client + "client-id=sleutelnet",
                client + "client-secret={noop}" + CLIENT_SECRET,
                client + "client-authentication-methods=client_secret_basic",
                client + "authorization-grant-types=authorization_code",
                client + "redirect-uris=" + redirectUri,
                client + "scopes=openid").run();
    }
}
