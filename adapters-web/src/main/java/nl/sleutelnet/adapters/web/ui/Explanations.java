package nl.sleutelnet.adapters.web.ui;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** For templates: a core message in the user's language by its code ({@code ${@uitleg.tekst(code, message)}}). */
@Component("uitleg")
public class Explanations {

    private final MessageSource messages;

    public Explanations(MessageSource messages) {
        this.messages = messages;
    }

    public String tekst(String code, String message) {
        return FormErrors.explain(code, message, messages, LocaleContextHolder.getLocale());
    }
}
