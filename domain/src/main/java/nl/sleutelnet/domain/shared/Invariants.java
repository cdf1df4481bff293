package nl.sleutelnet.domain.shared;

/**
 * Checks for rules a user can break. Unlike Guava's {@code checkArgument}, which we keep for programming
 * errors such as a {@code null} passed where none is allowed, these raise a {@link DomainException} of
 * kind {@code INVALID} with a stable code and a message that says what to fix.
 */
public final class Invariants {

    private Invariants() {
    }

    public static void require(boolean condition, String code, String message, Object... args) {
        if (!condition) {
            throw DomainException.invalid(code, message, args);
        }
    }

    /** Trims the text and checks it is not empty and not longer than {@code maxLength}. */
    public static String requireText(String value, int maxLength, String code, String what) {
        require(value != null && !value.isBlank(), code, "%s is required.", what);
        String trimmed = value.strip();
        require(trimmed.length() <= maxLength, code, "%s may be at most %d characters; it has %d.", what, maxLength,
                trimmed.length());
        return trimmed;
    }
}
