package nl.sleutelnet.adapters.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import nl.sleutelnet.adapters.web.problem.Problems;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An error a page did not handle itself: a page in the user's language that says what happened. */
@ControllerAdvice(basePackageClasses = UiExceptionHandler.class)
public class UiExceptionHandler {

    private final MessageSource messages;

    public UiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    public ModelAndView domain(DomainException e, HttpServletResponse response, Locale locale) {
        int status = Problems.statusOf(e).value();
        response.setStatus(status);
        return new ModelAndView("error", Map.of("status", status,
                "uitleg", FormErrors.explain(e.code(), e.getMessage(), messages, locale)));
    }

    /**
     * A value a page itself put in a form (the id of a choice in a list) came back as something else: the form was
     * changed outside the page. A 400 page, not a server error; nothing was saved.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    public ModelAndView tampered(IllegalArgumentException e, HttpServletResponse response, Locale locale) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return new ModelAndView("error", Map.of("status", HttpServletResponse.SC_BAD_REQUEST,
                "uitleg", messages.getMessage("fout.form.tampered", null, locale)));
    }
}
