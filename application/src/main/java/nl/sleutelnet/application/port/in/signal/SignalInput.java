package nl.sleutelnet.application.port.in.signal;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.signal.Reporter;
import nl.sleutelnet.domain.signal.ReporterKind;

/** Parsing shared by the signal commands. */
final class SignalInput {

    private static final UUID NOBODY = new UUID(0, 0);

    private SignalInput() {
    }

    /** The reporter; without a kind, the signed-in staff member (whose account id is given). */
    static Reporter reporter(String kind, UUID id, String openSource, UUID staff) {
        UUID self = staff == null ? NOBODY : staff;
        if (kind == null) {
            return new Reporter(ReporterKind.STAFF, self, "");
        }
        ReporterKind parsed = parse(ReporterKind.class, kind, "signal.reporter.kind");
        return switch (parsed) {
            case OPEN_SOURCE -> Reporter.openSource(openSource);
            case STAFF -> new Reporter(parsed, id != null ? id : self, "");
            default -> new Reporter(parsed, id, "");
        };
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static List<String> clean(List<String> values) {
        return values == null ? List.of() : ImmutableList.copyOf(values.stream()
                .filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String code) {
        if (text != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    return constant;
                }
            }
        }
        throw DomainException.invalid(code, "'%s' is not one of %s.", text, EnumSet.allOf(type));
    }
}
