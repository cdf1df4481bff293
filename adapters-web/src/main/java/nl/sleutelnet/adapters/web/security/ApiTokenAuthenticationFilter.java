package nl.sleutelnet.adapters.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.sleutelnet.application.port.in.account.ApiTokenIdentity;
import nl.sleutelnet.application.port.in.account.AuthenticateApiTokenUseCase;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.domain.audit.AuditOrigin;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} and lets the core identify the city system. The identity lasts for
 * this request only: no session is created. A wrong token is refused at once (401), never ignored.
 */
public final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AuthenticateApiTokenUseCase tokens;
    private final AuthenticationEntryPoint entryPoint;

    public ApiTokenAuthenticationFilter(AuthenticateApiTokenUseCase tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        ApiTokenIdentity identity;
        try {
            identity = tokens.authenticateApiToken(token);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ActorAuthentication(identity.actor()));
            SecurityContextHolder.setContext(context);
        } catch (DomainException e) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException(e.getMessage()));
            return;
        }
        // the audit log names the city system by its token's name
        try (CallContext.Scope system = CallContext.open(new AuditOrigin(AuditOrigin.Channel.API,
                Optional.of(identity.tokenName()), Optional.ofNullable(request.getRemoteAddr())))) {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
