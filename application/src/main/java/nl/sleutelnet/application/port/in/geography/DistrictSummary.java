package nl.sleutelnet.application.port.in.geography;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.Neighbourhood;

/**
 * A wijk with its buurten and what they add up to.
 *
 * @param inhabitants            the sum over the buurten with a known count
 * @param buurtenWithoutCount    buurten for which CBS publishes no count (not included in the sum)
 */
public record DistrictSummary(District district, List<Neighbourhood> neighbourhoods, int inhabitants,
        int buurtenWithoutCount) {

    public DistrictSummary {
        neighbourhoods = ImmutableList.copyOf(neighbourhoods);
    }

    public static DistrictSummary of(District district, List<Neighbourhood> neighbourhoods) {
        int total = neighbourhoods.stream().mapToInt(n -> n.inhabitantsIfKnown().orElse(0)).sum();
        int unknown = (int) neighbourhoods.stream().filter(n -> n.inhabitantsIfKnown().isEmpty()).count();
        return new DistrictSummary(district, neighbourhoods, total, unknown);
    }
}
