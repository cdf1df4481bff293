package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * What a change to the network would do, before it happens: "if Fatima stops, which white spots appear and who
 * becomes a single point of failure?", "if we find a key person for Wyckerpoort, which white spots close?". Build
 * the changed snapshot with {@link NetworkSnapshot#withoutMembers} and {@link NetworkSnapshot#withMember}.
 *
 * @param whiteSpotsBefore   the white spots now, in coverage order
 * @param whiteSpotsAfter    the white spots after the change, in coverage order
 * @param keyPersonsPerBuurt per buurt, in the order asked, the active key persons before and after
 */
public record WhatIfComparison(List<Coverage.Cell> whiteSpotsBefore, List<Coverage.Cell> whiteSpotsAfter,
        int clustersBefore, int clustersAfter, List<CutVertex> cutVerticesBefore, List<CutVertex> cutVerticesAfter,
        List<BuurtCount> keyPersonsPerBuurt) {

    /** The number of active key persons in a buurt before and after the change. */
    public record BuurtCount(NeighbourhoodCode buurt, int before, int after) {

        public BuurtCount {
            checkNotNull(buurt, "buurt");
        }

        public int change() {
            return after - before;
        }
    }

    public WhatIfComparison {
        whiteSpotsBefore = ImmutableList.copyOf(whiteSpotsBefore);
        whiteSpotsAfter = ImmutableList.copyOf(whiteSpotsAfter);
        cutVerticesBefore = ImmutableList.copyOf(cutVerticesBefore);
        cutVerticesAfter = ImmutableList.copyOf(cutVerticesAfter);
        keyPersonsPerBuurt = ImmutableList.copyOf(keyPersonsPerBuurt);
    }

    /** Compares two analyses of the same buurten and themes; usually the same settings on both sides. */
    public static WhatIfComparison of(NetworkAnalysis before, NetworkAnalysis after, List<NeighbourhoodCode> buurten,
            List<ThemeCode> themes) {
        Coverage coverageBefore = before.coverage(buurten, themes);
        Coverage coverageAfter = after.coverage(buurten, themes);
        return new WhatIfComparison(coverageBefore.whiteSpots(), coverageAfter.whiteSpots(),
                before.clusters().size(), after.clusters().size(), before.cutVertices(), after.cutVertices(),
                buurten.stream().map(b -> new BuurtCount(b, coverageBefore.keyPersonsIn(b),
                        coverageAfter.keyPersonsIn(b))).collect(toImmutableList()));
    }

    /** The white spots the change would open: not there before, there after. */
    public List<Coverage.Cell> whiteSpotsGained() {
        return whiteSpotsAfter.stream().filter(cell -> !whiteSpotsBefore.contains(cell)).collect(toImmutableList());
    }

    /** The white spots the change would close: there before, gone after. */
    public List<Coverage.Cell> whiteSpotsClosed() {
        return whiteSpotsBefore.stream().filter(cell -> !whiteSpotsAfter.contains(cell)).collect(toImmutableList());
    }
}
