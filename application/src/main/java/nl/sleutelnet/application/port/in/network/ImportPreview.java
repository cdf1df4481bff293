package nl.sleutelnet.application.port.in.network;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** What an import would do, row by row; nothing has been saved. */
public record ImportPreview(List<Row> rows, List<String> unknownColumns) {

    /** What happens to one row. */
    public enum Outcome {
        /** Valid and new: it will be registered. */
        NEW,
        /** The same person is already in Sleutelnet, or earlier in the file: it will be skipped. */
        DUPLICATE,
        /** Something must be corrected first: it will be skipped. */
        INVALID
    }

    /**
     * One problem in one cell.
     *
     * @param code a stable code of the rule, for translation; {@code import.*} for the import's own checks, whose
     *             messages are in Dutch like the spreadsheet's column names
     */
    public record Problem(String column, String code, String message) {
    }

    public record Row(int line, String name, Outcome outcome, List<Problem> problems, String duplicateOf) {

        public Row {
            problems = ImmutableList.copyOf(problems);
        }
    }

    public ImportPreview {
        rows = ImmutableList.copyOf(rows);
        unknownColumns = ImmutableList.copyOf(unknownColumns);
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
