package nl.sleutelnet.adapters.web.api;

import java.util.UUID;
import java.util.function.Supplier;
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
     * based on an old copy is refused instead of overwriting someone else's work.
     */
    static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "request.if-match.missing",
                    "Send the version you changed in an If-Match header (the ETag of the resource you read), "
                            + "so that nobody's change is overwritten.");
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

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static <T> ResponseEntity<T> withEtag(long version, T body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }
}
