package nl.sleutelnet.adapters.web.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.List;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundCommand;

/**
 * What the form for a new poll round sent: the period as days (a round opens at the start of its first day, or now
 * when that is today; it closes at the end of its last day, Amsterdam time).
 *
 * @param openNow "direct openen": the invitations go out now, whatever the first day says (after an incident)
 */
public record PollRoundForm(List<String> neighbourhoods, List<String> themes, String opensAt, String closesAt,
        String recurrence, Boolean openNow, String occasion) {

    public PollRoundForm {
        neighbourhoods = neighbourhoods == null ? List.of() : neighbourhoods;
        themes = themes == null ? List.of() : themes;
        opensAt = opensAt == null ? "" : opensAt.strip();
        closesAt = closesAt == null ? "" : closesAt.strip();
        recurrence = recurrence == null || recurrence.isBlank() ? "NONE" : recurrence;
        occasion = occasion == null ? "" : occasion;
        openNow = Boolean.TRUE.equals(openNow);
    }

    /** A round from today for the default period, not repeating. */
    public static PollRoundForm empty(LocalDate today, int defaultDays) {
        return new PollRoundForm(List.of(), List.of(), today.toString(), today.plusDays(defaultDays - 1L).toString(),
                "NONE", false, "");
    }

    public boolean hasNeighbourhood(String code) {
        return neighbourhoods.contains(code);
    }

    public boolean hasTheme(String code) {
        return themes.contains(code);
    }

    /** The command; a day that is not a date is refused on its field. */
    public OpenPollRoundCommand command(ZoneId zone) {
        Instant opens = openNow || opensAt.isEmpty() ? null : day("opensAt", opensAt).atStartOfDay(zone).toInstant();
        Instant closes = closesAt.isEmpty() ? null
                : day("closesAt", closesAt).plusDays(1).atStartOfDay(zone).toInstant();
        return new OpenPollRoundCommand(neighbourhoods, themes, opens, closes, recurrence, occasion);
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidCommandException.of(field, "validation.date", "'" + text + "' is not a date (yyyy-mm-dd).");
        }
    }
}
