package nl.sleutelnet.adapters.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.sleutelnet.application.port.in.account.AuthenticateApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.ResumeSessionUseCase;
import nl.sleutelnet.application.port.in.account.SignInUseCase;
import nl.sleutelnet.application.port.in.account.SignInWithIdentityProviderUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Nothing is reachable anonymously but the sign-in page, static assets, health, the OpenAPI document and a key
 * person's personal poll link (the link itself is the key). People
 * sign in with a form (session cookie, CSRF on every form); city systems send an API token. Authorisation by role
 * is a rule of the core use cases; here we only require that someone is signed in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class WebSecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WebSecurityConfiguration.class);

    /** A key person's personal poll link and the pages it leads to. */
    static final String POLL_LINKS = "/peiling/**";
    /** Where a refused poll form (a missing or stale CSRF token) lands: a page that says to open the link again. */
    public static final String POLL_FORM_EXPIRED = "/peiling/formulier-verlopen";

    /** Open without a token: the API description, and a reporter following a signal by its tracking code. */
    static final String[] PUBLIC_API = {"/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/openapi.json.yaml",
        "/api/v1/meldingen/*"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Browsers remember for a year to come only over HTTPS (ignored by browsers on plain HTTP). */
    static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

    /** Features no Sleutelnet page uses, so that no page (or injected content) can ask for them. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * The headers every response carries, whichever chain answers: the content security policy (no inline script or
     * style, nothing from other sites, not framed), HSTS, nosniff (Spring Security's default), X-Frame-Options DENY
     * and a referrer policy.
     */
    static void hardened(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy,
            ReferrerPolicyHeaderWriter.ReferrerPolicy referrer) {
        headers.contentSecurityPolicy(c -> c.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(r -> r.policy(referrer))
                .frameOptions(f -> f.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .httpStrictTransportSecurity(h -> h.requestMatcher(AnyRequestMatcher.INSTANCE)
                        .maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }

    /**
     * Cross-origin use of the API: the OpenAPI document and a reporter's tracking page are open to every site (GET);
     * everything else only to the origins in {@code sleutelnet.security.cors.allowed-origins} (none by default), with
     * an API token, never with cookies.
     */
    static UrlBasedCorsConfigurationSource apiCors(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource cors = new UrlBasedCorsConfigurationSource();
        CorsConfiguration openToAll = new CorsConfiguration();
        openToAll.addAllowedOrigin("*");
        openToAll.addAllowedMethod("GET");
        openToAll.addExposedHeader("API-Version");
        for (String path : PUBLIC_API) {
            cors.registerCorsConfiguration(path, openToAll);
        }
        List<String> origins = allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (!origins.isEmpty()) {
            CorsConfiguration allowlist = new CorsConfiguration();
            allowlist.setAllowedOrigins(origins);
            allowlist.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
            allowlist.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
                    HttpHeaders.IF_MATCH, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE));
            allowlist.setExposedHeaders(List.of("API-Version", HttpHeaders.ETAG, HttpHeaders.LOCATION));
            allowlist.setAllowCredentials(false);
            allowlist.setMaxAge(3600L);
            cors.registerCorsConfiguration("/api/**", allowlist);
        }
        return cors;
    }

    /** Where a person lands whose session was ended (timed out, account disabled): the sign-in page, saying so. */
    public static final String SESSION_ENDED = "/inloggen?verlopen";

    @Bean
    SessionSettings sessionSettings(@Value("${sleutelnet.security.session.idle-timeout:30m}") Duration idle,
            @Value("${sleutelnet.security.session.absolute-timeout:12h}") Duration absolute) {
        return new SessionSettings(idle, absolute);
    }

    @Bean
    OidcSettings oidcSettings(@Value("${sleutelnet.security.oidc.enabled:false}") boolean enabled,
            @Value("${sleutelnet.security.oidc.registration-id:gemeente}") String registrationId,
            @Value("${sleutelnet.security.oidc.username-claim:preferred_username}") String usernameClaim,
            @Value("${sleutelnet.security.oidc.roles-claim:}") String rolesClaim,
            @Value("${sleutelnet.security.oidc.role-mapping:}") List<String> roleMapping) {
        return new OidcSettings(enabled, registrationId, usernameClaim, rolesClaim, OidcSettings.mapping(roleMapping));
    }

    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The one way people sign in: the core checks the password (each attempt exactly once, for throttling), and, when
     * sign-in with the city's identity provider is on, the code from the provider is exchanged for tokens at its
     * token endpoint and the signed ID token checked.
     */
    @Bean
    AuthenticationManager sleutelnetAuthenticationManager(SignInUseCase signIn, ObjectProvider<Clock> clock,
            OidcSettings oidc) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new PasswordSignInProvider(signIn, clock(clock)));
        if (oidc.enabled()) {
            providers.add(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService()));
        }
        return new ProviderManager(providers);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticateApiTokenUseCase tokens,
            ResumeSessionUseCase sessions, SessionSettings sessionSettings, ObjectProvider<Clock> clock,
            @Value("${sleutelnet.security.cors.allowed-origins:}") List<String> allowedOrigins) throws Exception {
        AuthenticationEntryPoint unauthenticated = ProblemSecurityHandlers.unauthenticated();
        UrlBasedCorsConfigurationSource cors = apiCors(allowedOrigins);
        http.addFilterAfter(new SessionAccountFilter(sessions, sessionSettings, clock(clock), unauthenticated),
                        SecurityContextHolderFilter.class).securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_API).permitAll().anyRequest().authenticated())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, unauthenticated),
                        UsernamePasswordAuthenticationFilter.class)
                .cors(c -> c.configurationSource(cors))
                .csrf(c -> c.ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearerToken))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .headers(h -> {
                    hardened(h, "default-src 'none'; frame-ancestors 'none'",
                            ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER);
                    // answers about people are never kept by a browser or proxy
                    h.cacheControl(c -> c.disable()).addHeaderWriter(new StaticHeadersWriter("Cache-Control",
                            "no-store"));
                });
        return http.build();
    }

    /**
     * The key person's poll pages: reachable without signing in (the personal link is the key), without a session
     * (the CSRF token of the form lives in a cookie, so a form left open for long still submits), with CSRF on and
     * no referrer, so the link never travels to another site.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pollLinkSecurity(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrfCookie = new CookieCsrfTokenRepository();
        csrfCookie.setCookiePath("/peiling");
        csrfCookie.setCookieCustomizer(c -> c.sameSite("Strict"));
        // the cookie is written before the page renders, not while it is already being sent
        XorCsrfTokenRequestAttributeHandler eager = new XorCsrfTokenRequestAttributeHandler();
        eager.setCsrfRequestAttributeName(null);
        http.securityMatcher(POLL_LINKS)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.csrfTokenRepository(csrfCookie).csrfTokenRequestHandler(eager))
                .exceptionHandling(e -> e.accessDeniedPage(POLL_FORM_EXPIRED))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .headers(h -> hardened(h, CONTENT_SECURITY_POLICY, ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
        return http.build();
    }

    /** A key person's "Mijn Sleutelnet" pages. */
    static final String SELF_SERVICE = "/mijn-sleutelnet/**";

    /**
     * A key person's self-service: like the poll pages reachable without signing in (the personal link, kept in a
     * cookie of its own by the controller, is the key), stateless (no staff session), with CSRF on (the token in a
     * cookie for this path only) and no referrer.
     */
    @Bean
    @Order(2)
    SecurityFilterChain selfServiceSecurity(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrfCookie = new CookieCsrfTokenRepository();
        csrfCookie.setCookiePath("/mijn-sleutelnet");
        csrfCookie.setCookieName("XSRF-MIJN");
        csrfCookie.setCookieCustomizer(c -> c.sameSite("Strict"));
        XorCsrfTokenRequestAttributeHandler eager = new XorCsrfTokenRequestAttributeHandler();
        eager.setCsrfRequestAttributeName(null);
        http.securityMatcher("/mijn-sleutelnet", SELF_SERVICE)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.csrfTokenRepository(csrfCookie).csrfTokenRequestHandler(eager))
                .exceptionHandling(e -> e.accessDeniedPage(SELF_SERVICE_FORM_EXPIRED))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .headers(h -> {
                    hardened(h, CONTENT_SECURITY_POLICY, ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER);
                    // a key person's own data is never kept by a browser or proxy
                    h.cacheControl(Customizer.withDefaults());
                });
        return http.build();
    }

    /** Where a refused self-service form (a missing or stale CSRF token) lands. */
    public static final String SELF_SERVICE_FORM_EXPIRED = "/mijn-sleutelnet/formulier-verlopen";

    @Bean
    @Order(3)
    SecurityFilterChain uiSecurity(HttpSecurity http, AuthenticationManager sleutelnetAuthenticationManager,
            ResumeSessionUseCase sessions, SessionSettings sessionSettings, ObjectProvider<Clock> clock,
            OidcSettings oidc, SignInWithIdentityProviderUseCase identityProvider) throws Exception {
        if (oidc.enabled()) {
            http.oauth2Login(o -> o.loginPage("/inloggen")
                    .successHandler(new OidcSignInHandler(identityProvider, oidc, clock(clock)))
                    .failureHandler((request, response, e) -> {
                        // the provider's error code (no personal data), for the administrator
                        LOG.warn("Sign-in through the identity provider failed: {}", e.getMessage());
                        response.sendRedirect(request.getContextPath() + "/inloggen?idp-fout");
                    }));
        }
        http.authenticationManager(sleutelnetAuthenticationManager)
                .addFilterAfter(new SessionAccountFilter(sessions, sessionSettings, clock(clock),
                        new LoginUrlAuthenticationEntryPoint(SESSION_ENDED)), SecurityContextHolderFilter.class)
                // a new session id at sign-in (no session fixation); a request with a session that timed out is
                // sent to the sign-in page, which says so
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()).invalidSessionUrl(SESSION_ENDED))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/inloggen", "/oauth2/authorization/*", "/login/oauth2/code/*", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/error", "/melding/status")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/inloggen").loginProcessingUrl("/inloggen")
                        .defaultSuccessUrl("/", false).failureUrl("/inloggen?fout"))
                .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd")
                        .invalidateHttpSession(true).clearAuthentication(true).deleteCookies("JSESSIONID"))
                .headers(h -> hardened(h, CONTENT_SECURITY_POLICY, ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
        return http.build();
    }
}
