package nl.sleutelnet.adapters.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container shows when no controller answered (an unknown path, a refused request): problem
 * details for the API, a Dutch page for people.
 */
@Controller
public class ErrorPagesController implements ErrorController {

    private final ErrorAttributes errorAttributes;

    public ErrorPagesController(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping(value = "${server.error.path:/error}", produces = "application/problem+json")
    public ResponseEntity<Object> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri == null ? null : uri.toString();
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        if (status.is5xxServerError()) {
            // never the exception's message, class or stack: what went wrong is in the server log
            return Problems.response(Problems.serverError(instance));
        }
        if (error instanceof Exception exception && !(exception instanceof NoResourceFoundException)) {
            return Problems.response(MvcProblems.describe(exception, status, instance));
        }
        String detail = switch (status) {
            case NOT_FOUND -> "There is no resource at this address. The OpenAPI document at /api/v1/openapi.json "
                    + "lists what there is.";
            case UNAUTHORIZED -> "Sign in or send a valid API token (Authorization: Bearer ...).";
            case FORBIDDEN -> "You may not do this with your roles.";
            case METHOD_NOT_ALLOWED -> "This method is not supported at this address.";
            default -> "The request could not be handled.";
        };
        return Problems.response(Problems.of(status, "http." + status.value(), detail, instance));
    }

    @RequestMapping("${server.error.path:/error}")
    public Object page(HttpServletRequest request, HttpServletResponse response) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            return problem(request);
        }
        HttpStatus status = status(request);
        response.setStatus(status.value());
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
