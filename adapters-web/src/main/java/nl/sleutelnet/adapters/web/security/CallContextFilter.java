package nl.sleutelnet.adapters.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.domain.audit.AuditOrigin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the core where the use-case calls of a request come from, for the audit log: a staff session (UI), the API,
 * or a key person's personal link; the client address; and a trace id shared by every call of the request (taken
 * from a W3C {@code traceparent} header when a city system sends one, so its log and ours can be joined). Runs before
 * Spring Security, so sign-in attempts have their origin too. {@link ApiTokenAuthenticationFilter} adds the token's
 * name.
 */
@Component
@Order(CallContextFilter.ORDER)
public class CallContextFilter extends OncePerRequestFilter {

    /** Before Spring Security's filter chain (-100). */
    static final int ORDER = -200;

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String NO_TRACE = "0".repeat(32);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (CallContext.Scope scope = CallContext.open(new AuditOrigin(channel(request), Optional.empty(),
                Optional.ofNullable(request.getRemoteAddr())), traceId(request))) {
            chain.doFilter(request, response);
        }
    }

    static AuditOrigin.Channel channel(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/peiling/") || path.equals("/mijn-sleutelnet") || path.startsWith("/mijn-sleutelnet/")
                || path.equals("/melding/status") || path.startsWith("/api/v1/meldingen/")) {
            return AuditOrigin.Channel.PERSONAL_LINK;
        }
        return path.startsWith("/api/") ? AuditOrigin.Channel.API : AuditOrigin.Channel.UI;
    }

    private static String traceId(HttpServletRequest request) {
        String header = request.getHeader("traceparent");
        if (header != null) {
            Matcher parts = TRACEPARENT.matcher(header.strip().toLowerCase(Locale.ROOT));
            if (parts.matches() && !parts.group(1).equals(NO_TRACE)) {
                return parts.group(1);
            }
        }
        return CallContext.newTraceId();
    }
}
