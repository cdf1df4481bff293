package nl.sleutelnet.adapters.web.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.evaluation.EvaluationQuery;

/**
 * The report the user chose, as the form and the export links send it: {@code jaar} (a year, or {@code eigen} for
 * {@code van}–{@code tot}), {@code wijk} (empty for the city) and {@code verbergen} (small numbers hidden).
 */
public record EvaluatieKeuze(String jaar, String van, String tot, String wijk, Boolean verbergen) {

    public static final String EIGEN = "eigen";

    /** The choice with its defaults: this year (or the last year of the programme), the city, small numbers hidden. */
    public EvaluatieKeuze withDefaults(int thisYear) {
        boolean first = jaar == null;
        return new EvaluatieKeuze(first ? Integer.toString(thisYear) : jaar, van, tot, wijk,
                first ? Boolean.TRUE : Boolean.TRUE.equals(verbergen));
    }

    public boolean eigen() {
        return EIGEN.equals(jaar);
    }

    public boolean suppress() {
        return !Boolean.FALSE.equals(verbergen);
    }

    public EvaluationQuery query() {
        List<FieldViolation> wrong = new ArrayList<>();
        Integer year = null;
        LocalDate from = null;
        LocalDate to = null;
        if (eigen()) {
            from = date("from", van, wrong);
            to = date("to", tot, wrong);
        } else if (jaar != null && !jaar.isBlank()) {
            try {
                year = Integer.valueOf(jaar.strip());
            } catch (NumberFormatException e) {
                wrong.add(new FieldViolation("year", "period.missing", "'" + jaar + "' is not a year."));
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidCommandException(wrong);
        }
        return new EvaluationQuery(year, from, to, wijk, suppress());
    }

    /** The query string of this choice, for the export links. */
    public String queryString() {
        StringBuilder q = new StringBuilder("jaar=").append(encode(jaar));
        if (eigen()) {
            q.append("&van=").append(encode(van)).append("&tot=").append(encode(tot));
        }
        if (wijk != null && !wijk.isBlank()) {
            q.append("&wijk=").append(encode(wijk));
        }
        return q.append("&verbergen=").append(suppress()).toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static LocalDate date(String field, String text, List<FieldViolation> wrong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            wrong.add(new FieldViolation(field, "audit.date.invalid",
                    "'" + text + "' is not a date; use the form yyyy-mm-dd."));
            return null;
        }
    }
}
