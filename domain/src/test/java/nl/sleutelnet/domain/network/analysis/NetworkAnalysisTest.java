package nl.sleutelnet.domain.network.analysis;

import static nl.sleutelnet.domain.testdata.NetworkBuilder.AS_OF;
import static nl.sleutelnet.domain.testdata.NetworkBuilder.aNetwork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.testdata.NetworkBuilder;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NetworkAnalysisTest {

    static final String B1 = "BU09350401";
    static final String B2 = "BU09350402";
    static final String B3 = "BU09350403";
    static final String B4 = "BU09350404";
    static final ThemeCode WIJ_ZIJ = ThemeCode.of("wij-zij");
    static final ThemeCode COMPLOT = ThemeCode.of("complotdenken");

    /**
     * anna and carla (B1) and xander (B2) know each other; xander knows bert (B3), bert knows the wijkagent (B3, B4).
     * xander and bert hold the network together.
     */
    static NetworkBuilder wyckerpoort() {
        return aNetwork()
                .keyPerson("anna").in(B1).helpsWith("wij-zij")
                .keyPerson("carla").in(B1).helpsWith("complotdenken")
                .keyPerson("xander").in(B2).helpsWith("wij-zij")
                .keyPerson("bert").in(B3)
                .partner("wijkagent").in(B3, B4).helpsWith("wij-zij")
                .tie("anna", "carla").tie("carla", "xander").tie("anna", "xander")
                .tie("xander", "bert").tie("bert", "wijkagent");
    }

    static NetworkAnalysis analyse(NetworkBuilder network) {
        return NetworkAnalysis.of(network.build(), AnalysisSettings.defaults());
    }

    static Set<NeighbourhoodCode> buurten(String... codes) {
        return Arrays.stream(codes).map(NeighbourhoodCode::of).collect(Collectors.toSet());
    }

    @Nested
    class WhoCounts {

        @Test
        void inactiveMembersAndTheirTiesAreLeftOut() {
            NetworkBuilder network = aNetwork().keyPerson("anna").inactiveKeyPerson("henk").keyPerson("bert")
                    .tie("anna", "henk").tie("henk", "bert");
            NetworkAnalysis analysis = analyse(network);
            assertThat(analysis.clusters()).extracting(Cluster::members)
                    .containsExactly(List.of(network.ref("anna")), List.of(network.ref("bert")));
            assertThat(analysis.fadedTies()).isZero();
        }

        @Test
        void aTieFadesTheDayAfterTheFadePeriodEnds() {
            NetworkBuilder network = aNetwork().keyPerson("anna").keyPerson("bert").keyPerson("carla")
                    .keyPerson("dirk")
                    .tie("anna", "bert", 3, AS_OF.minusDays(180))
                    .tie("bert", "carla", 3, AS_OF.minusDays(181))
                    .tie("carla", "dirk", 3, null);
            NetworkAnalysis analysis = analyse(network);
            assertThat(analysis.tie(network.ref("anna"), network.ref("bert"))).isPresent();
            assertThat(analysis.tie(network.ref("bert"), network.ref("carla"))).isEmpty();
            assertThat(analysis.tie(network.ref("carla"), network.ref("dirk"))).isEmpty();
            assertThat(analysis.fadedTies()).isEqualTo(2);
            assertThat(analysis.clusters()).hasSize(3);
        }

        @Test
        void theFadePeriodIsASetting() {
            NetworkBuilder network = aNetwork().keyPerson("anna").keyPerson("bert")
                    .tie("anna", "bert", 3, AS_OF.minusDays(40));
            NetworkSnapshot snapshot = network.build();
            assertThat(NetworkAnalysis.of(snapshot, new AnalysisSettings(Period.ofMonths(1))).fadedTies()).isOne();
            assertThat(NetworkAnalysis.of(snapshot, AnalysisSettings.defaults()).fadedTies()).isZero();
        }

        @Test
        void fadedTiesToInactiveMembersAreNotCounted() {
            NetworkBuilder network = aNetwork().keyPerson("anna").inactiveKeyPerson("henk").fadedTie("anna", "henk");
            assertThat(analyse(network).fadedTies()).isZero();
        }

        @Test
        void tiesToUnknownMembersAreIgnored() {
            NetworkBuilder network = aNetwork().keyPerson("anna");
            MemberRef stranger = MemberRef.keyPerson(UUID.randomUUID());
            NetworkSnapshot snapshot = network.build();
            NetworkSnapshot withStrangeTie = new NetworkSnapshot(snapshot.members(),
                    List.of(new NetworkTie(network.ref("anna"), stranger, 3, AS_OF)), AS_OF);
            NetworkAnalysis analysis = NetworkAnalysis.of(withStrangeTie, AnalysisSettings.defaults());
            assertThat(analysis.clusters()).singleElement().extracting(Cluster::members)
                    .isEqualTo(List.of(network.ref("anna")));
            assertThat(analysis.tie(network.ref("anna"), stranger)).isEmpty();
        }

        @Test
        void ofTwoTiesBetweenTheSamePairTheStrongestThatHasNotFadedCounts() {
            NetworkBuilder network = aNetwork().keyPerson("anna").keyPerson("bert").keyPerson("carla")
                    .tie("anna", "bert", 2, AS_OF).tie("bert", "anna", 4, AS_OF.minusDays(10))
                    .tie("bert", "carla", 5, AS_OF.minusYears(2)).tie("carla", "bert", 1, AS_OF);
            NetworkAnalysis analysis = analyse(network);
            assertThat(analysis.tie(network.ref("anna"), network.ref("bert"))).get()
                    .extracting(NetworkTie::strength).isEqualTo(4);
            assertThat(analysis.tie(network.ref("bert"), network.ref("carla"))).get()
                    .extracting(NetworkTie::strength).isEqualTo(1);
            assertThat(analysis.fadedTies()).isOne();
        }

        @Test
        void aMemberListedTwiceIsRefused() {
            NetworkBuilder network = aNetwork().keyPerson("anna");
            NetworkMember anna = network.member("anna");
            assertThatThrownBy(() -> NetworkAnalysis.of(new NetworkSnapshot(List.of(anna, anna), List.of(), AS_OF),
                    AnalysisSettings.defaults())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("twice");
        }
    }

    @Nested
    class CoverageAndWhiteSpots {

        private final NetworkBuilder network = wyckerpoort()
                .inactiveKeyPerson("henk").in(B2).helpsWith("complotdenken");
        private final Coverage coverage = analyse(network)
                .coverage(List.of(NeighbourhoodCode.of(B1), NeighbourhoodCode.of(B2), NeighbourhoodCode.of(B3)),
                        List.of(WIJ_ZIJ, COMPLOT));

        @Test
        void everyBuurtTimesThemeInTheOrderAsked() {
            assertThat(coverage.cells()).extracting(c -> c.buurt().value() + " " + c.theme().value() + " " + c.count())
                    .containsExactly(
                            B1 + " wij-zij 1", B1 + " complotdenken 1",
                            B2 + " wij-zij 1", B2 + " complotdenken 0",
                            B3 + " wij-zij 0", B3 + " complotdenken 0");
            assertThat(coverage.keyPersons(NeighbourhoodCode.of(B1), WIJ_ZIJ)).containsExactly(network.ref("anna"));
            assertThat(coverage.count(NeighbourhoodCode.of(B2), WIJ_ZIJ)).isOne();
        }

        @Test
        void partnersAndInactiveKeyPersonsLeaveWhiteSpots() {
            // The wijkagent serves B3 on wij-zij and henk would cover B2 on complotdenken, but neither counts.
            assertThat(coverage.whiteSpots()).extracting(c -> c.buurt().value() + " " + c.theme().value())
                    .containsExactly(B2 + " complotdenken", B3 + " wij-zij", B3 + " complotdenken");
        }

        @Test
        void perBuurtEveryActiveKeyPersonCountsWhateverTheirThemes() {
            assertThat(coverage.keyPersonsPerBuurt()).containsExactly(
                    Map.entry(NeighbourhoodCode.of(B1), 2),
                    Map.entry(NeighbourhoodCode.of(B2), 1),
                    Map.entry(NeighbourhoodCode.of(B3), 1));
            assertThat(coverage.keyPersonsIn(NeighbourhoodCode.of(B3))).isOne();
        }

        @Test
        void askingForACellThatWasNotAnalysedIsAnError() {
            assertThatThrownBy(() -> coverage.count(NeighbourhoodCode.of(B4), WIJ_ZIJ))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Brokers {

        @Test
        void theMiddleOfThreeInARowLiesOnTheOnlyPathBetweenTheOthers() {
            NetworkBuilder network = aNetwork().keyPerson("anna").keyPerson("bert").keyPerson("carla")
                    .tie("anna", "bert").tie("bert", "carla");
            assertThat(analyse(network).betweenness()).containsExactly(
                    new Centrality(network.ref("bert"), 1, 1),
                    new Centrality(network.ref("anna"), 0, 0),
                    new Centrality(network.ref("carla"), 0, 0));
        }

        @Test
        void theCentreOfAStarIsOnEveryPathAndScoresOneNormalised() {
            NetworkBuilder network = aNetwork().keyPerson("a").keyPerson("b").keyPerson("c").keyPerson("d")
                    .keyPerson("hub").tie("hub", "a").tie("hub", "b").tie("hub", "c").tie("hub", "d");
            Centrality hub = analyse(network).betweenness().get(0);
            assertThat(hub.member()).isEqualTo(network.ref("hub"));
            assertThat(hub.raw()).isCloseTo(6, within(1e-9));
            assertThat(hub.normalised()).isCloseTo(1, within(1e-9));
        }

        @Test
        void twoSharedPathsShareTheCredit() {
            // A square: anna and carla are joined by two shortest paths, one through bert and one through dirk.
            NetworkBuilder network = aNetwork().keyPerson("anna").keyPerson("bert").keyPerson("carla")
                    .keyPerson("dirk").tie("anna", "bert").tie("bert", "carla").tie("carla", "dirk")
                    .tie("dirk", "anna");
            assertThat(analyse(network).betweenness()).allSatisfy(c -> {
                assertThat(c.raw()).isCloseTo(0.5, within(1e-9));
                assertThat(c.normalised()).isCloseTo(0.5 / 3, within(1e-9));
            });
        }

        @Test
        void withFewerThanThreeMembersNothingIsNormalised() {
            NetworkBuilder network = aNetwork().keyPerson("anna").keyPerson("bert").tie("anna", "bert");
            assertThat(analyse(network).betweenness()).extracting(Centrality::normalised).containsOnly(0.0);
        }
    }

    @Nested
    class SinglePointsOfFailure {

        private final NetworkBuilder network = wyckerpoort();
        private final NetworkAnalysis analysis = analyse(network);

        @Test
        void ifXanderLeavesTheBuurtenOfBertAndTheWijkagentLoseTheirConnection() {
            // Without xander two groups of two remain; the rest of the network is the one with anna, the smallest
            // member. His own buurt B2 goes with him.
            CutVertex xander = new CutVertex(network.ref("xander"), List.of(Set.of(network.ref("bert"),
                    network.ref("wijkagent"))), buurten(B2, B3, B4));
            CutVertex bert = new CutVertex(network.ref("bert"), List.of(Set.of(network.ref("wijkagent"))),
                    buurten(B3, B4));
            assertThat(analysis.cutVertices()).containsExactly(xander, bert);
        }

        @Test
        void aBuurtTheRestStillReachesDoesNotLoseItsConnection() {
            NetworkBuilder network = aNetwork().keyPerson("hub").in(B1).keyPerson("a").in(B2).keyPerson("b").in(B3)
                    .keyPerson("c").in(B3).keyPerson("d").in(B4).keyPerson("e").in(B4)
                    .tie("hub", "a").tie("a", "b").tie("hub", "c").tie("hub", "d").tie("d", "e").tie("a", "e");
            // hub–a–e–d is a ring. Without hub, c (B3) is cut off, but b still reaches B3: only hub's B1 is lost.
            assertThat(analyse(network).cutVertices()).containsExactly(
                    new CutVertex(network.ref("hub"), List.of(Set.of(network.ref("c"))), buurten(B1)),
                    new CutVertex(network.ref("a"), List.of(Set.of(network.ref("b"))), buurten(B2)));
        }

        @Test
        void severalGroupsAreListedLargestFirst() {
            NetworkBuilder star = aNetwork().keyPerson("hub").in(B1).keyPerson("a").in(B2).keyPerson("b").in(B2)
                    .keyPerson("c").in(B3).keyPerson("d").in(B4).keyPerson("e").in(B4)
                    .tie("hub", "a").tie("hub", "b").tie("a", "b").tie("hub", "c").tie("hub", "d").tie("d", "e");
            // The rest is {a, b}; on equal size {c} would lose to the group with the smaller member, but {d, e} is
            // larger. B1 (only hub), B3 and B4 lose their connection.
            assertThat(analyse(star).cutVertices()).first().isEqualTo(new CutVertex(star.ref("hub"),
                    List.of(Set.of(star.ref("d"), star.ref("e")), Set.of(star.ref("c"))), buurten(B1, B3, B4)));
        }

        @Test
        void bridgesNameTheSideThatWouldLoseTouch() {
            assertThat(analysis.bridges()).containsExactly(
                    new Bridge(network.ref("xander"), network.ref("bert"),
                            Set.of(network.ref("bert"), network.ref("wijkagent"))),
                    new Bridge(network.ref("bert"), network.ref("wijkagent"), Set.of(network.ref("wijkagent"))));
        }

        @Test
        void onATieInSizeTheSideWithoutTheSmallestMemberIsTheSmallerSide() {
            NetworkBuilder pair = aNetwork().keyPerson("anna").keyPerson("bert").tie("anna", "bert");
            assertThat(analyse(pair).bridges())
                    .containsExactly(new Bridge(pair.ref("anna"), pair.ref("bert"), Set.of(pair.ref("bert"))));
            assertThat(analyse(pair).cutVertices()).isEmpty();
        }

        @Test
        void aCycleHasNoSinglePointOfFailure() {
            NetworkBuilder ring = aNetwork().keyPerson("a").keyPerson("b").keyPerson("c")
                    .tie("a", "b").tie("b", "c").tie("c", "a");
            assertThat(analyse(ring).cutVertices()).isEmpty();
            assertThat(analyse(ring).bridges()).isEmpty();
        }
    }

    @Nested
    class Clusters {

        @Test
        void largestFirstAndAnIsolatedMemberIsAClusterOfOne() {
            NetworkBuilder network = wyckerpoort().keyPerson("dina").in(B4)
                    .keyPerson("els").in(B2).partner("school").in(B1).tie("els", "school")
                    .inactiveKeyPerson("gijs").tie("gijs", "dina");
            assertThat(analyse(network).clusters()).containsExactly(
                    new Cluster(List.of(network.ref("anna"), network.ref("carla"), network.ref("xander"),
                            network.ref("bert"), network.ref("wijkagent")), buurten(B1, B2, B3, B4)),
                    new Cluster(List.of(network.ref("els"), network.ref("school")), buurten(B1, B2)),
                    new Cluster(List.of(network.ref("dina")), buurten(B4)));
        }
    }
}
