package nl.sleutelnet.domain.geography;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import nl.sleutelnet.domain.shared.Invariants;

/** A CBS wijk. Reference data: loaded with the municipality's register, not edited by users. */
public record District(DistrictCode code, String name, Polygon outline) {

    public District {
        checkNotNull(code, "code");
        name = Invariants.requireText(name, 120, "district.name.invalid", "The name of a wijk");
    }

    /** The outline for the map, if the register has one. */
    public Optional<Polygon> outlineIfKnown() {
        return Optional.ofNullable(outline);
    }
}
