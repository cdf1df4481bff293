package nl.sleutelnet.domain.evaluation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;

/**
 * Where a report is about: the whole city, or one wijk; with the buurten that belong to it.
 *
 * @param district null for the city
 */
public record Area(DistrictCode district, String name, Set<NeighbourhoodCode> buurten) {

    public Area {
        checkNotNull(name, "name");
        buurten = ImmutableSortedSet.copyOf(buurten);
    }

    public static Area city(String name, Collection<NeighbourhoodCode> buurten) {
        return new Area(null, name, Set.copyOf(buurten));
    }

    public boolean isCity() {
        return district == null;
    }

    public Optional<DistrictCode> districtIfAny() {
        return Optional.ofNullable(district);
    }

    /** Whether any of {@code codes} lies in this area. */
    public boolean touches(Collection<NeighbourhoodCode> codes) {
        return codes.stream().anyMatch(buurten::contains);
    }
}
