package nl.sleutelnet.adapters.web.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;

/**
 * What a form sent that could not even be read (a day that is no day), kept aside so the command can still check
 * every other field: the user then hears of everything that is wrong at once, not one field per try.
 */
final class UnreadableInput {

    private final List<FieldViolation> unreadable = new ArrayList<>();

    /** The day typed in {@code field}, or {@code null} when empty or unreadable (then remembered). */
    LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            unreadable.add(new FieldViolation(field, "date.invalid",
                    "'" + text + "' is not a day such as 2026-03-09."));
            return null;
        }
    }

    /**
     * Builds the command. Its own findings and the unreadable fields are refused together; a field that could not
     * be read is named once, as unreadable.
     */
    <C> C command(Supplier<C> build) {
        List<FieldViolation> all = new ArrayList<>(unreadable);
        C command = null;
        try {
            command = build.get();
        } catch (InvalidCommandException e) {
            e.violations().stream().filter(v -> unreadable.stream().noneMatch(u -> u.field().equals(v.field())))
                    .forEach(all::add);
        }
        if (!all.isEmpty()) {
            throw new InvalidCommandException(all);
        }
        return command;
    }
}
