package nl.sleutelnet.domain.geography;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * A CBS buurt, the smallest area Sleutelnet works with. Inhabitants are the CBS count on 1 January of
 * {@code inhabitantsYear}; for a few small (industrial or rural) buurten CBS publishes none and both are
 * empty: we never guess.
 */
public record Neighbourhood(NeighbourhoodCode code, String name, Integer inhabitants, Integer inhabitantsYear,
        Polygon outline) {

    public Neighbourhood {
        checkNotNull(code, "code");
        name = Invariants.requireText(name, 120, "neighbourhood.name.invalid", "The name of a buurt");
        Invariants.require(inhabitants == null || inhabitants >= 0, "neighbourhood.inhabitants.invalid",
                "The number of inhabitants of %s cannot be negative.", code);
        Invariants.require((inhabitants == null) == (inhabitantsYear == null), "neighbourhood.inhabitants.year",
                "Inhabitants of %s need the year they were counted, and a year needs a count.", code);
    }

    public DistrictCode district() {
        return code.district();
    }

    public Optional<Integer> inhabitantsIfKnown() {
        return Optional.ofNullable(inhabitants);
    }

    public Optional<Polygon> outlineIfKnown() {
        return Optional.ofNullable(outline);
    }
}
