package nl.sleutelnet.domain.geography;

import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.domain.shared.DomainException;

/**
 * A CBS wijk code: {@code WK}, the four digits of the municipality and two of the wijk, e.g. {@code WK093500}
 * for Maastricht's Centrum.
 */
public record DistrictCode(String value) {

    public DistrictCode {
        checkNotNull(value, "value");
        if (!wellFormed(value)) {
            throw DomainException.invalid("district.code.invalid",
                    "'%s' is not a CBS wijk code: expected WK followed by 6 digits, e.g. WK093500.", value);
        }
    }

    /** {@code WK} followed by 6 digits 0-9, as the pattern {@code WK\d{6}} matches, without a regex. */
    private static boolean wellFormed(String value) {
        if (value.length() != 8 || !value.startsWith("WK")) {
            return false;
        }
        for (int i = 2; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static DistrictCode of(String value) {
        return new DistrictCode(value);
    }

    /** The CBS municipality code, e.g. {@code GM0935}. */
    public String municipality() {
        return "GM" + value.substring(2, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
