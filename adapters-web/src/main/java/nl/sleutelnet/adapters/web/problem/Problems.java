package nl.sleutelnet.adapters.web.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Problem details (RFC 9457) as the Dutch API Design Rules ask: {@code type}, {@code title}, {@code status},
 * {@code detail} and {@code instance}, plus our stable {@code code} and, for invalid input, every field error at
 * once in {@code invalidParams}. This is the one place where a domain error becomes an HTTP status.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {
    }

    /** The HTTP status for each kind of domain error. */
    public static HttpStatus statusOf(DomainException e) {
        return switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case STALE -> HttpStatus.PRECONDITION_FAILED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
        };
    }

    public static Map<String, Object> of(DomainException e, String instance) {
        Map<String, Object> body = of(statusOf(e), e.code(), e.getMessage(), instance);
        if (e instanceof InvalidCommandException invalid) {
            body.put("detail", invalid.violations().stream()
                    .map(v -> ApiFieldNames.toApi(v.field()) + ": " + v.message())
                    .collect(java.util.stream.Collectors.joining("; ", "Please correct: ", "")));
            body.put("invalidParams", invalidParams(invalid.violations()));
        }
        return body;
    }

    public static Map<String, Object> of(HttpStatus status, String code, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        body.put("code", code);
        return body;
    }

    /**
     * The answer to an error of ours: the same words whatever happened, so that no class name, message or stack trace
     * of the server ever reaches a client. What happened is in the server log.
     */
    public static Map<String, Object> serverError(String instance) {
        return of(HttpStatus.INTERNAL_SERVER_ERROR, "server.error", "Something went wrong on our side; nothing was "
                + "changed. Try again, and tell the administrator if it keeps happening.", instance);
    }

    public static List<Map<String, String>> invalidParams(List<FieldViolation> violations) {
        return violations.stream().map(v -> {
            Map<String, String> param = new LinkedHashMap<>();
            param.put("name", ApiFieldNames.toApi(v.field()));
            param.put("code", v.code());
            param.put("reason", v.message());
            return param;
        }).toList();
    }

    public static ResponseEntity<Object> response(Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(PROBLEM_JSON);
        return new ResponseEntity<>(body, headers, (Integer) body.get("status"));
    }
}
