package nl.sleutelnet.application.port.in.network;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.analysis.Coverage;
import nl.sleutelnet.domain.theme.Theme;

/**
 * How many active key persons reach every buurt on every active theme, and where nobody does (white spots).
 *
 * @param names the key persons' names, only for those who may see persons (empty for an analyst)
 */
public record CoverageReport(LocalDate asOf, List<Neighbourhood> buurten, List<Theme> themes, Coverage coverage,
        Map<MemberRef, String> names) {

    public CoverageReport {
        buurten = ImmutableList.copyOf(buurten);
        themes = ImmutableList.copyOf(themes);
        names = ImmutableMap.copyOf(names);
    }

    public int whiteSpotCount() {
        return coverage.whiteSpots().size();
    }
}
