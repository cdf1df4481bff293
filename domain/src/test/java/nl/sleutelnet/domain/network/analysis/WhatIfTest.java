package nl.sleutelnet.domain.network.analysis;

import static nl.sleutelnet.domain.testdata.NetworkBuilder.aNetwork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.analysis.WhatIfComparison.BuurtCount;
import nl.sleutelnet.domain.testdata.NetworkBuilder;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.Test;

class WhatIfTest {

    private static final NeighbourhoodCode B1 = NeighbourhoodCode.of("BU09350401");
    private static final NeighbourhoodCode B2 = NeighbourhoodCode.of("BU09350402");
    private static final NeighbourhoodCode B3 = NeighbourhoodCode.of("BU09350403");
    private static final List<NeighbourhoodCode> BUURTEN = List.of(B1, B2, B3);
    private static final ThemeCode WIJ_ZIJ = ThemeCode.of("wij-zij");

    /** anna (B1) – xander (B2) – bert (B3), all on wij-zij: xander is B2's only key person and the middle. */
    private final NetworkBuilder network = aNetwork()
            .keyPerson("anna").in(B1.value()).helpsWith("wij-zij")
            .keyPerson("xander").in(B2.value()).helpsWith("wij-zij")
            .keyPerson("bert").in(B3.value()).helpsWith("wij-zij")
            .tie("anna", "xander").tie("xander", "bert");
    private final NetworkSnapshot now = network.build();

    @Test
    void ifTheOnlyKeyPersonOfABuurtLeavesItBecomesAWhiteSpotAndTheNetworkFallsApart() {
        WhatIfComparison comparison = compare(now, now.withoutMembers(Set.of(network.ref("xander"))));

        assertThat(comparison.whiteSpotsBefore()).isEmpty();
        assertThat(comparison.whiteSpotsGained()).containsExactly(new Coverage.Cell(B2, WIJ_ZIJ, List.of()));
        assertThat(comparison.whiteSpotsClosed()).isEmpty();
        assertThat(comparison.clustersBefore()).isOne();
        assertThat(comparison.clustersAfter()).isEqualTo(2);
        assertThat(comparison.cutVerticesBefore()).extracting(CutVertex::member).containsExactly(network.ref("xander"));
        assertThat(comparison.cutVerticesAfter()).isEmpty();
        assertThat(comparison.keyPersonsPerBuurt())
                .containsExactly(new BuurtCount(B1, 1, 1), new BuurtCount(B2, 1, 0), new BuurtCount(B3, 1, 1));
        assertThat(comparison.keyPersonsPerBuurt().get(1).change()).isEqualTo(-1);
    }

    @Test
    void aNewKeyPersonClosesTheWhiteSpotAndMayBecomeASinglePointOfFailure() {
        NetworkSnapshot withoutXander = now.withoutMembers(Set.of(network.ref("xander")));
        network.keyPerson("nadia").in(B2.value()).helpsWith("wij-zij");
        NetworkSnapshot withNadia = withoutXander.withMember(network.member("nadia"),
                List.of(network.freshTie("nadia", "anna"), network.freshTie("bert", "nadia")));

        WhatIfComparison comparison = compare(withoutXander, withNadia);

        assertThat(comparison.whiteSpotsClosed()).containsExactly(new Coverage.Cell(B2, WIJ_ZIJ, List.of()));
        assertThat(comparison.whiteSpotsAfter()).isEmpty();
        assertThat(comparison.clustersAfter()).isOne();
        assertThat(comparison.cutVerticesAfter()).extracting(CutVertex::member).containsExactly(network.ref("nadia"));
        assertThat(comparison.keyPersonsPerBuurt()).contains(new BuurtCount(B2, 0, 1));
    }

    @Test
    void aWhatIfChangesNoData() {
        now.withoutMembers(Set.of(network.ref("xander")));
        assertThat(now.members()).hasSize(3);
        assertThat(now.ties()).hasSize(2);
    }

    @Test
    void onlyMembersCanLeaveAndANewcomerIsTiedToMembers() {
        MemberRef stranger = MemberRef.keyPerson(UUID.randomUUID());
        assertThatThrownBy(() -> now.withoutMembers(Set.of(stranger))).isInstanceOf(IllegalArgumentException.class);

        network.keyPerson("nadia").keyPerson("olaf");
        NetworkMember nadia = network.member("nadia");
        assertThatThrownBy(() -> now.withMember(network.member("anna"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already a member");
        assertThatThrownBy(() -> now.withMember(nadia, List.of(network.freshTie("anna", "bert"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> now.withMember(nadia, List.of(network.freshTie("nadia", "olaf"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static WhatIfComparison compare(NetworkSnapshot before, NetworkSnapshot after) {
        return WhatIfComparison.of(NetworkAnalysis.of(before, AnalysisSettings.defaults()),
                NetworkAnalysis.of(after, AnalysisSettings.defaults()), BUURTEN, List.of(WIJ_ZIJ));
    }
}
