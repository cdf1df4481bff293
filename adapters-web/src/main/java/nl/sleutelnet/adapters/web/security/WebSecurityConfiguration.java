package nl.sleutelnet.adapters.web.security;

import java.util.List;
import nl.sleutelnet.application.port.in.account.AuthenticateApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.SignInUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Nothing is reachable anonymously but the sign-in page, static assets, health, the OpenAPI document and a key
 * person's personal poll link (the link itself is the key). People
 * sign in with a form (session cookie, CSRF on every form); city systems send an API token. Authorisation by role
 * is a rule of the core use cases; here we only require that someone is signed in.
 */
@Configuration
@EnableWebSecurity
public class WebSecurityConfiguration {

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

    @Bean
    AuthenticationManager sleutelnetAuthenticationManager(SignInUseCase signIn) {
        return new ProviderManager(List.of(new PasswordSignInProvider(signIn)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticateApiTokenUseCase tokens) throws Exception {
        AuthenticationEntryPoint unauthenticated = ProblemSecurityHandlers.unauthenticated();
        UrlBasedCorsConfigurationSource cors = new UrlBasedCorsConfigurationSource();
        CorsConfiguration openToAll = new CorsConfiguration();
        openToAll.addAllowedOrigin("*");
        openToAll.addAllowedMethod("GET");
        openToAll.addExposedHeader("API-Version");
        for (String path : PUBLIC_API) {
            cors.registerCorsConfiguration(path, openToAll);
        }
        http.securityMatcher("/api/**")
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
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; "
                        + "frame-ancestors 'none'")));
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
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiSecurity(HttpSecurity http, AuthenticationManager sleutelnetAuthenticationManager)
            throws Exception {
        http.authenticationManager(sleutelnetAuthenticationManager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/inloggen", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/error", "/melding/status")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/inloggen").loginProcessingUrl("/inloggen")
                        .defaultSuccessUrl("/", false).failureUrl("/inloggen?fout"))
                .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
