package nl.sleutelnet.adapters.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the {@code API-Version} header on every API response, errors and refusals by the security filters
 * included: it runs before them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiVersionHeaderFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader(ApiVersion.HEADER, ApiVersion.FULL);
        }
        chain.doFilter(request, response);
    }
}
