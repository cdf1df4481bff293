package nl.sleutelnet.adapters.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.sleutelnet.application.port.in.account.ResumeSessionUseCase;
import nl.sleutelnet.domain.access.Actor;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in session: ends it when the account was disabled (or removed) or the absolute
 * session time has passed, and otherwise lets the request act as the account is now, so that changed roles or buurten
 * count at once. It also gives the session its idle timeout. An API token request is not touched: the token is checked
 * on every request anyway.
 */
public final class SessionAccountFilter extends OncePerRequestFilter {

    private final ResumeSessionUseCase sessions;
    private final SessionSettings settings;
    private final Clock clock;
    private final AuthenticationEntryPoint ended;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    /** @param ended what the client is told when its session was ended here (a sign-in page, or a 401) */
    public SessionAccountFilter(ResumeSessionUseCase sessions, SessionSettings settings, Clock clock,
            AuthenticationEntryPoint ended) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
        this.ended = ended;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (!(authentication instanceof ActorAuthentication signedIn) || signedIn.signedInAt() == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setMaxInactiveInterval((int) settings.idleTimeout().toSeconds());
        }
        boolean tooLong = Duration.between(signedIn.signedInAt(), clock.instant())
                .compareTo(settings.absoluteTimeout()) > 0;
        Optional<Actor> current = tooLong ? Optional.empty() : sessions.resumeSession(signedIn.accountId());
        if (current.isEmpty()) {
            if (session != null) {
                session.invalidate();
                // a fresh, empty session, so that the sign-in page the browser is sent to is not refused as an
                // expired session once more
                request.getSession(true);
            }
            SecurityContextHolder.clearContext();
            ended.commence(request, response, new CredentialsExpiredException(
                    "The session has ended; sign in again."));
            return;
        }
        if (!current.get().equals(signedIn.actor())) {
            context.setAuthentication(signedIn.as(current.get()));
            repository.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }
}
