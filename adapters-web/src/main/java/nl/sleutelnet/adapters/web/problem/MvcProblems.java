package nl.sleutelnet.adapters.web.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.in.FieldViolation;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Problem details for what Spring MVC refuses before or while binding a request (wrong content type, broken JSON,
 * a parameter of the wrong type), saying what to fix. Used by the API's exception handler and, for requests no
 * controller took, by the error controller.
 */
public final class MvcProblems {

    private MvcProblems() {
    }

    public static Map<String, Object> describe(Exception ex, HttpStatus status, String instance) {
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable, instance);
        }
        if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
            return withParams(Problems.of(status, "request.content-type",
                    "Send the body as application/json (Content-Type header); it was "
                            + unsupported.getContentType() + ".", instance),
                    List.of(new FieldViolation("Content-Type", "request.content-type", "Use application/json.")));
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
            return Problems.of(status, "request.accept", "This resource can answer in "
                    + notAcceptable.getSupportedMediaTypes() + "; adjust the Accept header.", instance);
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return withParams(Problems.of(status, "request.parameter.invalid",
                    "Parameter '" + mismatch.getName() + "' has an invalid value.", instance),
                    List.of(new FieldViolation(mismatch.getName(), "request.parameter.invalid",
                            "'" + mismatch.getValue() + "' is not a valid value.")));
        }
        if (ex instanceof TypeMismatchException mismatch) {
            return Problems.of(status, "request.parameter.invalid",
                    "A parameter has an invalid value: " + mismatch.getValue(), instance);
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return withParams(Problems.of(status, "request.parameter.missing",
                    "Parameter '" + missing.getParameterName() + "' is required.", instance),
                    List.of(new FieldViolation(missing.getParameterName(), "request.parameter.missing",
                            "This parameter is required.")));
        }
        if (ex instanceof MissingRequestHeaderException missing) {
            return withParams(Problems.of(status, "request.header.missing",
                    "Header '" + missing.getHeaderName() + "' is required.", instance),
                    List.of(new FieldViolation(missing.getHeaderName(), "request.header.missing",
                            "This header is required.")));
        }
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            return Problems.of(status, "request.method", "Method " + method.getMethod()
                    + " is not supported here; use " + method.getSupportedHttpMethods() + ".", instance);
        }
        // an exception's own message may name classes or internals: not for clients
        return Problems.of(status, "request.invalid", "The request could not be handled.", instance);
    }

    private static Map<String, Object> unreadable(HttpMessageNotReadableException e, String instance) {
        JacksonException jackson = jacksonCause(e);
        if (jackson instanceof StreamReadException && !(jackson instanceof InputCoercionException)) {
            // broken JSON (cut off, a missing comma or quote): the body must be mended, whichever field it was in;
            // a number too large for its field (InputCoercionException) is a wrong value, handled below
            return Problems.of(HttpStatus.BAD_REQUEST, "request.body.unreadable",
                    "The request body is not valid JSON" + where(jackson.getLocation())
                            + "; check for a missing quote, comma or closing bracket, or a body that was cut off.",
                    instance);
        }
        if (jackson != null && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return withParams(Problems.of(HttpStatus.BAD_REQUEST, "request.body.invalid",
                    "Field '" + field + "' has a value of the wrong type.", instance),
                    List.of(new FieldViolation(field, "request.body.invalid",
                            "The value has the wrong type; see the OpenAPI document for the expected form.")));
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "request.body.unreadable",
                "The request body is missing or is not valid JSON.", instance);
    }

    /** " at line L, column C" of the body, or nothing when the parser did not know. */
    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** Field names here are already the API's own (parameters, headers, JSON fields). */
    private static Map<String, Object> withParams(Map<String, Object> problem, List<FieldViolation> violations) {
        problem.put("invalidParams", Problems.invalidParams(violations));
        return problem;
    }
}
