package nl.sleutelnet.adapters.web.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.http.ResponseEntity;

/** Reads path parameters and headers with the domain's own parsers, naming the parameter when it is wrong. */
final class Parameters {

    private Parameters() {
    }

    static <T> T parse(String name, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DomainException e) {
            throw InvalidCommandException.of(name, e.code(), e.getMessage());
        }
    }

    static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidCommandException.of(name, "request.parameter.invalid",
                    "'" + value + "' is not an id (a UUID such as 3f2b0c4e-8a1d-4c5e-9b7f-1a2b3c4d5e6f).");
        }
    }

    /**
     * The version in an {@code If-Match} header ({@code "3"} or {@code W/"3"}). Updates require it, so that a change
     * based on an old copy is refused instead of overwriting someone else's work; without the header the answer is
     * {@code 428 Precondition Required} (RFC 6585).
     */
    static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new IfMatchRequiredException();
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidCommandException.of("If-Match", "request.if-match.invalid",
                    "'" + header + "' is not an ETag of this API, such as \"3\".");
        }
    }

    /**
     * Builds one part of a request whose parts validate themselves separately (a command and the legal basis in it),
     * so that the errors of all parts can be reported at once: this part's field errors are added to
     * {@code problems} with {@code prefix} before their names ({@code legalBasis.purposes[0]}), and null is returned.
     * Invalid input the part reports without naming a field is put on the prefix itself.
     */
    static <T> T collect(String prefix, Supplier<T> part, List<FieldViolation> problems) {
        try {
            return part.get();
        } catch (InvalidCommandException e) {
            String before = prefix.isEmpty() ? "" : prefix + ".";
            e.violations().forEach(v -> problems.add(new FieldViolation(before + v.field(), v.code(), v.message())));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID || prefix.isEmpty()) {
                throw e;
            }
            problems.add(new FieldViolation(prefix, e.code(), e.getMessage()));
        }
        return null;
    }

    /** Refuses the request with every problem {@link #collect} found, in the order a command would list them. */
    static void refuseIfAny(List<FieldViolation> problems) {
        if (!problems.isEmpty()) {
            List<FieldViolation> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::code));
            throw new InvalidCommandException(sorted);
        }
    }

    /** A value the request must carry, such as the day consent was withdrawn; named as the API names it. */
    static <T> T required(String name, T value) {
        if (value == null) {
            throw InvalidCommandException.of(name, "validation.NotNull", "must not be null");
        }
        return value;
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static <T> ResponseEntity<T> withEtag(long version, T body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }
}
