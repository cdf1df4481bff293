package nl.sleutelnet.adapters.web.ui;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How poll pages write a round's close: a round that closes at midnight (Amsterdam) is open "up to and including" the
 * day before, which is what people expect to read. For templates: {@code ${@peilingTijd.eindeDag(instant)}}.
 */
@Component("peilingTijd")
public class PollFormats {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d-M-yyyy");

    /** Whether the moment is the end of a day (midnight in Amsterdam). */
    public boolean eindeDag(Instant at) {
        return at != null && at.atZone(UiModel.AMSTERDAM).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** The last day of a period that ends at this midnight, short: {@code 11-12-2026}. */
    public String laatsteDag(Instant at) {
        return SHORT.format(at.atZone(UiModel.AMSTERDAM).minusDays(1));
    }

    /** Written out in the page's language: {@code vrijdag 11 december 2026}, or with the time when not midnight. */
    public String voluit(Instant at, Locale locale) {
        ZonedDateTime local = at.atZone(UiModel.AMSTERDAM);
        boolean dutch = !"en".equals(locale.getLanguage());
        Locale language = dutch ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH;
        if (eindeDag(at)) {
            return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language).format(local.minusDays(1));
        }
        return DateTimeFormatter.ofPattern(dutch ? "EEEE d MMMM yyyy 'om' HH:mm" : "EEEE d MMMM yyyy 'at' HH:mm",
                language).format(local);
    }
}
