package nl.sleutelnet.application.port.in.network;

import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a spreadsheet of key persons: its line number in the file and its cells by column heading. Headings
 * are compared without case, spaces or accents' worth of fuss: {@code E-mail}, {@code email} and {@code EMAIL} are
 * the same column. Serializable: an import waiting for confirmation is kept in the user's session, which is stored in
 * the database.
 */
public record ImportRow(int line, Map<String, String> cells) implements Serializable {

    public ImportRow {
        Map<String, String> normalised = new LinkedHashMap<>();
        cells.forEach((heading, value) -> normalised.put(normalise(heading), value == null ? "" : value.strip()));
        cells = ImmutableMap.copyOf(normalised);
    }

    public String get(String column) {
        return cells.getOrDefault(normalise(column), "");
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(String::isBlank);
    }

    /** A heading as compared: lower case, without spaces, hyphens, underscores or apostrophes. */
    public static String normalise(String heading) {
        return heading == null ? "" : heading.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-']", "");
    }
}
