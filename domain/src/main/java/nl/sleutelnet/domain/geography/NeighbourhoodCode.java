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
        if (!CbsCode.wellFormed(value, "BU", 8)) {
            throw DomainException.invalid("neighbourhood.code.invalid",
                    "'%s' is not a CBS buurt code: expected BU followed by 8 digits, e.g. BU09350000.", value);
        }
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
