package nl.sleutelnet.domain.geography;

import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.domain.shared.DomainException;

/**
 * A CBS buurt code: {@code BU}, four digits of the municipality, two of the wijk and two of the buurt, e.g.
 * {@code BU09350207}. The wijk a buurt lies in follows from its code.
 */
public record NeighbourhoodCode(String value) implements Comparable<NeighbourhoodCode> {

    public NeighbourhoodCode {
        checkNotNull(value, "value");
        if (!wellFormed(value)) {
            throw DomainException.invalid("neighbourhood.code.invalid",
                    "'%s' is not a CBS buurt code: expected BU followed by 8 digits, e.g. BU09350000.", value);
        }
    }

    /** {@code BU} followed by 8 digits 0-9, as the pattern {@code BU\d{8}} matches, without a regex. */
    private static boolean wellFormed(String value) {
        if (value.length() != 10 || !value.startsWith("BU")) {
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

    public static NeighbourhoodCode of(String value) {
        return new NeighbourhoodCode(value);
    }

    /** {@code BU0935WWBB} lies in {@code WK0935WW}. */
    public DistrictCode district() {
        return new DistrictCode("WK" + value.substring(2, 8));
    }

    @Override
    public int compareTo(NeighbourhoodCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
