package nl.sleutelnet.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Every error the core raises on purpose. It carries a stable {@link #code()} that callers can rely on
 * (for translation, tests, or an API client's logic) and a message that tells the user what to do.
 * The {@link #kind()} says what sort of problem it is; the web adapter turns that into an HTTP status
 * in one place.
 */
public class DomainException extends RuntimeException {

    /** What sort of problem this is, independent of any protocol. */
    public enum Kind {
        /** The input breaks a rule of form or content: the user can correct it. */
        INVALID,
        /** Something the request refers to does not exist. */
        NOT_FOUND,
        /** The request is well formed but clashes with the current state (e.g. a duplicate, a forbidden transition). */
        CONFLICT,
        /** The caller changed an older version than the one stored: reload and try again. */
        STALE,
        /** The caller is known but may not do this. */
        FORBIDDEN,
        /** The caller could not be identified (wrong password, unknown or revoked token). */
        UNAUTHENTICATED
    }

    private final Kind kind;
    private final String code;

    public DomainException(Kind kind, String code, String message) {
        super(checkNotNull(message, "message"));
        this.kind = checkNotNull(kind, "kind");
        this.code = checkNotNull(code, "code");
    }

    public Kind kind() {
        return kind;
    }

    /** A stable, dotted identifier such as {@code neighbourhood.not-found}. */
    public String code() {
        return code;
    }

    public static DomainException invalid(String code, String message, Object... args) {
        return new DomainException(Kind.INVALID, code, String.format(message, args));
    }

    public static DomainException notFound(String code, String message, Object... args) {
        return new DomainException(Kind.NOT_FOUND, code, String.format(message, args));
    }

    public static DomainException conflict(String code, String message, Object... args) {
        return new DomainException(Kind.CONFLICT, code, String.format(message, args));
    }
}
