package nl.sleutelnet.domain.theme;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import nl.sleutelnet.domain.shared.DomainException;

/** A theme's stable identifier: lower-case words joined by hyphens, e.g. {@code overheidsmaatregelen}. */
public record ThemeCode(String value) {

    private static final Interner<ThemeCode> INSTANCES = Interners.newWeakInterner();

    public ThemeCode {
        checkNotNull(value, "value");
        if (value.length() > 40 || !wellFormed(value)) {
            throw DomainException.invalid("theme.code.invalid",
                    "'%s' is not a valid theme code: use at most 40 lower-case letters and digits, words joined "
                            + "by single hyphens, starting with a letter (e.g. wij-zij).", value);
        }
    }

    /**
     * The code of {@code value}: one instance per code while it is in use, so that the many pieces of evidence, signals
     * and answers that name a code share it (a map looks codes up by the thousand, and equal instances compare at once).
     */
    public static ThemeCode of(String value) {
        return INSTANCES.intern(new ThemeCode(value));
    }

    /**
     * {@code [a-z][a-z0-9]*(-[a-z0-9]+)*} without a regular expression (a code is checked each time one is read):
     * a letter first, then letters and digits, words joined by single hyphens, no hyphen at the end.
     */
    static boolean wellFormed(String value) {
        if (value.isEmpty() || value.charAt(0) < 'a' || value.charAt(0) > 'z') {
            return false;
        }
        boolean afterHyphen = false;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    @Override
    public String toString() {
        return value;
    }
}
