package nl.sleutelnet.domain.geography;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import nl.sleutelnet.domain.shared.DomainException;

/**
 * A CBS buurt code: {@code BU}, four digits of the municipality, two of the wijk and two of the buurt, e.g.
 * {@code BU09350207}. The wijk a buurt lies in follows from its code.
 */
public record NeighbourhoodCode(String value) implements Comparable<NeighbourhoodCode> {

    private static final Interner<NeighbourhoodCode> INSTANCES = Interners.newWeakInterner();

    public NeighbourhoodCode {
        checkNotNull(value, "value");
        if (!CbsCode.wellFormed(value, "BU", 8)) {
            throw DomainException.invalid("neighbourhood.code.invalid",
                    "'%s' is not a CBS buurt code: expected BU followed by 8 digits, e.g. BU09350000.", value);
        }
    }

    /**
     * The code of {@code value}: one instance per code while it is in use, so that the many pieces of evidence, signals
     * and answers that name a code share it (a map looks codes up by the thousand, and equal instances compare at once).
     */
    public static NeighbourhoodCode of(String value) {
        return INSTANCES.intern(new NeighbourhoodCode(value));
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
