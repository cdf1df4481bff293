package nl.sleutelnet.adapters.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.sleutelnet.adapters.web.problem.MvcProblems;
import nl.sleutelnet.adapters.web.problem.Problems;
import nl.sleutelnet.domain.intervention.WithdrawalRefusedException;
import nl.sleutelnet.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every error of an API call into {@code application/problem+json}, saying what to fix. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    public ResponseEntity<Object> domain(DomainException e, HttpServletRequest request) {
        return Problems.response(Problems.of(e, request.getRequestURI()));
    }

    /**
     * A refused withdrawal (409): the detail says in a sentence what the temperature is and what is missing; the
     * {@code besluit} says it in fields, as the intervention's {@code terugtrekken} does.
     */
    @ExceptionHandler(WithdrawalRefusedException.class)
    public ResponseEntity<Object> withdrawalRefused(WithdrawalRefusedException e, HttpServletRequest request) {
        Map<String, Object> problem = Problems.of(e, request.getRequestURI());
        problem.put("besluit", InterventionApiMapper.INSTANCE.toDto(e.decision()));
        return Problems.response(problem);
    }

    /** A change sent without the version it was based on: 428, so that a lost update cannot happen by omission. */
    @ExceptionHandler(IfMatchRequiredException.class)
    public ResponseEntity<Object> ifMatchRequired(IfMatchRequiredException e, HttpServletRequest request) {
        return Problems.response(Problems.of(HttpStatus.PRECONDITION_REQUIRED, IfMatchRequiredException.CODE,
                e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problems.response(Problems.serverError(request.getRequestURI()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        String instance = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        Map<String, Object> problem = status.is5xxServerError() ? Problems.serverError(instance)
                : MvcProblems.describe(ex, status, instance);
        if (status.is5xxServerError()) {
            LOG.error("Unexpected error on {}", instance, ex);
        }
        HttpHeaders merged = new HttpHeaders();
        merged.putAll(headers);
        merged.setContentType(Problems.PROBLEM_JSON);
        return new ResponseEntity<>(problem, merged, status);
    }
}
