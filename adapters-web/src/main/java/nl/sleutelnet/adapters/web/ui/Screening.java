package nl.sleutelnet.adapters.web.ui;

import java.util.List;
import java.util.Locale;
import nl.sleutelnet.domain.privacy.PersonalDataScreen;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the writer of a refused text what the personal-data screen found and where, in their language, so that
 * they can remove exactly that. The text is their own, just typed, so the finding is shown in full.
 */
@Component
public class Screening {

    private final MessageSource messages;

    public Screening(MessageSource messages) {
        this.messages = messages;
    }

    /** One line per identifier found, such as "een telefoonnummer: 06-12345678 (vanaf teken 18)". */
    public List<String> findings(String text, Locale locale) {
        String value = text == null ? "" : text.strip();
        return PersonalDataScreen.screen(value).stream().map(f -> messages.getMessage("screening.gevonden",
                new Object[] {messages.getMessage("screening." + f.kind().name(), null, locale),
                    value.substring(f.start(), f.end()), f.start() + 1}, locale)).toList();
    }
}
