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
        if (!CbsCode.wellFormed(value, "WK", 6)) {
            throw DomainException.invalid("district.code.invalid",
                    "'%s' is not a CBS wijk code: expected WK followed by 6 digits, e.g. WK093500.", value);
        }
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
