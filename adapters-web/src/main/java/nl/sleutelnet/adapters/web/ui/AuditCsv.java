package nl.sleutelnet.adapters.web.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.Disclosure;

/**
 * The audit log as CSV for Dutch Excel: UTF-8 with a byte-order mark (so Excel reads the accents), {@code ;} between
 * fields, a header row, CRLF line ends, times in UTC. A field that starts like a formula gets a leading apostrophe, so
 * a spreadsheet shows it as text and never runs it.
 */
public final class AuditCsv {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("tijdstip (UTC)", "actor", "account-id", "soort actor", "actie",
            "doel", "objecttype", "object-id", "betrokkenen", "resultaat", "foutcode", "kanaal", "herkomst",
            "clientadres", "ontvanger", "grondslag", "trace-id", "id");

    private AuditCsv() {
    }

    public static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(BOM).append(line(HEADER));
        entries.forEach(e -> csv.append(line(fields(e))));
        return csv.toString();
    }

    private static List<String> fields(AuditEntry e) {
        return List.of(DateTimeFormatter.ISO_INSTANT.format(e.at()), e.actor().name(),
                e.actor().account().map(AccountId::value).map(Object::toString).orElse(""), e.actor().kind().name(),
                e.action(), e.purpose().name(), e.objectType().orElse(""), e.objectId().orElse(""),
                String.join(" ", e.dataSubjects()), e.result().name(), e.errorCode().orElse(""),
                e.origin().channel().name(), e.origin().detail().orElse(""), e.origin().clientAddress().orElse(""),
                e.disclosure().map(Disclosure::recipient).orElse(""),
                e.disclosure().map(Disclosure::legalBasis).orElse(""), e.traceId(), e.id().toString());
    }

    private static String line(List<String> fields) {
        return fields.stream().map(AuditCsv::field).collect(Collectors.joining(";")) + "\r\n";
    }

    static String field(String value) {
        String text = Stream.of("=", "+", "-", "@", "\t", "\r").anyMatch(value::startsWith) ? "'" + value : value;
        return text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
