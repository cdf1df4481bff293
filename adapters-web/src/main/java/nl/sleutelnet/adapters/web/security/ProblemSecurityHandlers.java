package nl.sleutelnet.adapters.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import nl.sleutelnet.adapters.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for API clients, as problem details like every other API error. */
public final class ProblemSecurityHandlers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemSecurityHandlers() {
    }

    public static AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"sleutelnet\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "auth.required", detail(e));
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                write(request, response, HttpStatus.FORBIDDEN, "auth.csrf", "This request came with a session cookie "
                        + "but without a valid CSRF token. City systems use an API token (Authorization: Bearer); in "
                        + "the browser, reload the page and try again.");
            } else {
                write(request, response, HttpStatus.FORBIDDEN, "access.denied",
                        "You may not do this with your roles.");
            }
        };
    }

    private static String detail(AuthenticationException e) {
        return e.getMessage() != null && e.getMessage().contains("token")
                ? e.getMessage()
                : "Sign in, or send an API token issued by an administrator: Authorization: Bearer <token>.";
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String detail) throws IOException {
        Map<String, Object> body = Problems.of(status, code, detail, request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
