package nl.sleutelnet.adapters.web.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;

/**
 * The errors of one form submission, per field and for the form as a whole, in the user's language. The core
 * explains in English with a stable code; the Dutch bundle has a sentence for each code a form can meet.
 */
public final class FormErrors implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * The errors of a refused submission. A refusal for lack of rights is not a form error: it is thrown on, so the
     * user gets the refusal page (403), never the form again with the data it shows.
     */
    public static FormErrors of(DomainException e, MessageSource messages, Locale locale) {
        if (e instanceof AccessDeniedException denied) {
            throw denied;
        }
        FormErrors errors = new FormErrors();
        if (e instanceof InvalidCommandException invalid) {
            for (FieldViolation v : invalid.violations()) {
                String field = v.field().replaceAll("\\[\\d+]$", "");
                errors.byField.computeIfAbsent(field, f -> new ArrayList<>())
                        .add(explain(v.code(), v.message(), messages, locale));
            }
        } else {
            errors.general.add(explain(e.code(), e.getMessage(), messages, locale));
        }
        return errors;
    }

    static String explain(String code, String english, MessageSource messages, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return english;
        }
        return messages.getMessage("fout." + code, null, english, locale);
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public Map<String, List<String>> fields() {
        return byField;
    }

    public List<String> general() {
        return general;
    }
}
