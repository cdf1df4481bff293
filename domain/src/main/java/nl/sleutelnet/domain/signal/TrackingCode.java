package nl.sleutelnet.domain.signal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code a reporter gets to follow their signal without an account: nine characters in three groups
 * ({@code K7P-3QX-9MD}), from an alphabet without look-alikes (no 0/O, 1/I/L). It shows only that the signal arrived
 * and its status.
 */
public record TrackingCode(String value) {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{3}-[" + ALPHABET + "]{3}-["
            + ALPHABET + "]{3}");

    public TrackingCode {
        checkNotNull(value, "value");
        checkArgument(FORMAT.matcher(value).matches(), "not a tracking code");
    }

    public static TrackingCode fromRandomBytes(byte[] random) {
        checkArgument(random.length >= 9, "nine random bytes");
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            if (i > 0 && i % 3 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(Math.floorMod(random[i], ALPHABET.length())));
        }
        return new TrackingCode(code.toString());
    }

    /** What a user typed, forgiving case, spaces and missing hyphens; empty when it cannot be a code. */
    public static java.util.Optional<TrackingCode> parse(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String letters = typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (letters.length() != 9) {
            return java.util.Optional.empty();
        }
        String candidate = letters.substring(0, 3) + "-" + letters.substring(3, 6) + "-" + letters.substring(6);
        return FORMAT.matcher(candidate).matches() ? java.util.Optional.of(new TrackingCode(candidate))
                : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
