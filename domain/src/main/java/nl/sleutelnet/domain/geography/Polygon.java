package nl.sleutelnet.domain.geography;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * The outline of an area for the map: an outer ring followed by any holes, each ring closed (its last
 * position equals its first) and at least four positions long, as GeoJSON defines a polygon. The CBS
 * outlines we ship are generalised to about 100 m: good for a map, not for locating an address.
 */
public record Polygon(List<List<Position>> rings) {

    public Polygon {
        checkNotNull(rings, "rings");
        Invariants.require(!rings.isEmpty(), "polygon.empty", "A polygon needs at least an outer ring.");
        ImmutableList.Builder<List<Position>> copy = ImmutableList.builder();
        for (List<Position> ring : rings) {
            Invariants.require(ring.size() >= 4, "polygon.ring.too-short",
                    "A polygon ring needs at least 4 positions; one has %d.", ring.size());
            Invariants.require(ring.get(0).equals(ring.get(ring.size() - 1)), "polygon.ring.open",
                    "A polygon ring must end where it starts.");
            copy.add(ImmutableList.copyOf(ring));
        }
        rings = copy.build();
    }

    public List<Position> outerRing() {
        return rings.get(0);
    }
}
