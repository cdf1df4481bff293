package nl.sleutelnet.adapters.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.sleutelnet.adapters.web.problem.Problems;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/** Turns every error of an API call into {@code application/problem+json}, saying what to fix. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    public ResponseEntity<Object> domain(DomainException e, HttpServletRequest request) {
        return Problems.response(Problems.of(e, request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problems.response(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "server.error",
                "Something went wrong on our side; nothing was changed. Try again, and tell the administrator if "
                        + "it keeps happening.", request.getRequestURI()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        String instance = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        Map<String, Object> problem = describe(ex, status, instance);
        HttpHeaders merged = new HttpHeaders();
        merged.putAll(headers);
        merged.setContentType(Problems.PROBLEM_JSON);
        return new ResponseEntity<>(problem, merged, status);
    }

    private static Map<String, Object> describe(Exception ex, HttpStatus status, String instance) {
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
        return Problems.of(status, "request.invalid", ex.getMessage(), instance);
    }

    private static Map<String, Object> unreadable(HttpMessageNotReadableException e, String instance) {
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
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

    /** Field names here are already the API's own (parameters, headers, JSON fields). */
    private static Map<String, Object> withParams(Map<String, Object> problem, List<FieldViolation> violations) {
        problem.put("invalidParams", Problems.invalidParams(violations));
        return problem;
    }
}
