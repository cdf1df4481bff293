package nl.sleutelnet.adapters.web.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;

/**
 * A new signal as the form shows it: empty, or as the user typed it (kept when refused). The reporter is chosen as
 * {@code SELF}, {@code OPEN_SOURCE} or a member as {@code KEY_PERSON:id} / {@code PARTNER:id}; the observation time
 * is a local date-time in Europe/Amsterdam, as the browser's date-time field sends it.
 */
public record SignalForm(String reporter, String openSource, String howObtained, List<String> neighbourhoods,
        List<String> themes, Integer intensity, String description, String observedAt, String assignee) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public SignalForm {
        neighbourhoods = neighbourhoods == null ? List.of() : neighbourhoods;
        themes = themes == null ? List.of() : themes;
    }

    static SignalForm empty(LocalDateTime now, UUID me) {
        return new SignalForm("SELF", "", "OWN_OBSERVATION", List.of(), List.of(), null, "", now.format(LOCAL),
                me.toString());
    }

    ReportSignalCommand command() {
        String kind = null;
        UUID member = null;
        if ("OPEN_SOURCE".equals(reporter)) {
            kind = "OPEN_SOURCE";
        } else if (reporter != null && reporter.contains(":")) {
            String[] parts = reporter.split(":", 2);
            kind = parts[0];
            member = UUID.fromString(parts[1]);
        }
        return new ReportSignalCommand(kind, member, openSource, howObtained, neighbourhoods, themes, intensity,
                description, observed(), assignee == null || assignee.isBlank() ? null : UUID.fromString(assignee));
    }

    private java.time.Instant observed() {
        if (observedAt == null || observedAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(observedAt, LOCAL).atZone(UiModel.AMSTERDAM).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidCommandException.of("observedAt", "signal.observed-at.invalid",
                    "'" + observedAt + "' is not a date and time such as 2026-03-02T14:30.");
        }
    }

    public boolean hasNeighbourhood(String code) {
        return neighbourhoods.contains(code);
    }

    public boolean hasTheme(String code) {
        return themes.contains(code);
    }
}
