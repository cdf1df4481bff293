package nl.sleutelnet.adapters.web.ui;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The period report as CSV for Dutch Excel, like the audit log's: UTF-8 with a byte-order mark, {@code ;} between
 * fields, a header row, CRLF line ends, and text that starts like a formula made harmless. One line per figure:
 * section, figure, value as shown ("&lt; 5" when suppressed).
 */
public final class EvaluatieCsv {

    static final List<String> HEADER = List.of("onderdeel", "cijfer", "waarde");

    private EvaluatieCsv() {
    }

    public static String of(List<EvaluatieRegels.Regel> regels) {
        StringBuilder csv = new StringBuilder(AuditCsv.BOM).append(line(HEADER));
        regels.forEach(r -> csv.append(line(List.of(r.onderdeel(), r.cijfer(), r.waarde()))));
        return csv.toString();
    }

    private static String line(List<String> fields) {
        return fields.stream().map(AuditCsv::field).collect(Collectors.joining(";")) + "\r\n";
    }
}
