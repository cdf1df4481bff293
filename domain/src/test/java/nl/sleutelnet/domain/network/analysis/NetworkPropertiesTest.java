package nl.sleutelnet.domain.network.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.theme.ThemeCode;

/** Rules that hold for every network, checked on small random ones against their definitions. */
class NetworkPropertiesTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final List<NeighbourhoodCode> BUURTEN = List.of(NeighbourhoodCode.of("BU09350101"),
            NeighbourhoodCode.of("BU09350102"), NeighbourhoodCode.of("BU09350103"));
    private static final List<ThemeCode> THEMES = List.of(ThemeCode.of("wij-zij"), ThemeCode.of("complotdenken"));

    /** How a pair of members is related: mostly not at all. */
    private enum Tie { NONE, FRESH, FADED }

    private static final Arbitrary<Tie> TIES = Arbitraries.frequency(Tuple.of(2, Tie.NONE), Tuple.of(1, Tie.FRESH),
            Tuple.of(1, Tie.FADED));

    @Property
    void removingANonCutVertexNeverAddsAClusterAndRemovingACutVertexAddsOnePerGroupCutOff(
            @ForAll("networks") NetworkSnapshot network) {
        NetworkAnalysis analysis = analyse(network);
        int clusters = analysis.clusters().size();
        for (NetworkMember member : active(network)) {
            int clustersWithout = analyse(network.withoutMembers(Set.of(member.ref()))).clusters().size();
            Optional<CutVertex> cut = analysis.cutVertices().stream().filter(c -> c.member().equals(member.ref()))
                    .findFirst();
            if (cut.isPresent()) {
                assertThat(clustersWithout).as(member.label()).isEqualTo(clusters + cut.get().cutOff().size());
            } else {
                assertThat(clustersWithout).as(member.label()).isLessThanOrEqualTo(clusters);
            }
        }
    }

    @Property
    void aBridgeIsATieWhoseLossSplitsAClusterAndLeavesItsSmallerSideAlone(
            @ForAll("networks") NetworkSnapshot network) {
        NetworkAnalysis analysis = analyse(network);
        for (Bridge bridge : analysis.bridges()) {
            NetworkSnapshot without = new NetworkSnapshot(network.members(), network.ties().stream()
                    .filter(t -> !(t.involves(bridge.a()) && t.involves(bridge.b()))).toList(), AS_OF);
            List<Cluster> clustersWithout = analyse(without).clusters();
            assertThat(clustersWithout).hasSize(analysis.clusters().size() + 1);
            assertThat(clustersWithout).extracting(c -> Set.copyOf(c.members())).contains(bridge.smallerSide());
        }
    }

    @Property
    void clustersShareOutTheActiveMembers(@ForAll("networks") NetworkSnapshot network) {
        List<MemberRef> clustered = analyse(network).clusters().stream().flatMap(c -> c.members().stream()).toList();
        assertThat(clustered).containsExactlyInAnyOrderElementsOf(
                active(network).stream().map(NetworkMember::ref).toList());
    }

    @Property
    void coverageNeverCountsMoreThanTheActiveKeyPersons(@ForAll("networks") NetworkSnapshot network) {
        Coverage coverage = analyse(network).coverage(BUURTEN, THEMES);
        long activeKeyPersons = active(network).stream().filter(NetworkMember::isKeyPerson).count();
        for (Coverage.Cell cell : coverage.cells()) {
            assertThat(cell.count()).isLessThanOrEqualTo(coverage.keyPersonsIn(cell.buurt()));
        }
        assertThat(coverage.keyPersonsPerBuurt().values())
                .allSatisfy(n -> assertThat(n).isBetween(0, (int) activeKeyPersons));
    }

    @Property
    void normalisedBetweennessLiesBetweenZeroAndOne(@ForAll("networks") NetworkSnapshot network) {
        assertThat(analyse(network).betweenness()).allSatisfy(c -> assertThat(c.normalised()).isBetween(0.0, 1.0));
    }

    /** Up to 9 members, mostly active, of either kind; each pair unrelated, tied, or tied long ago. */
    @Provide
    Arbitrary<NetworkSnapshot> networks() {
        Arbitrary<NetworkMember> member = Combinators.combine(Arbitraries.of(MemberKind.values()),
                Arbitraries.of(true, true, true, false), Arbitraries.subsetOf(BUURTEN), Arbitraries.subsetOf(THEMES))
                .as((kind, active, buurten, themes) -> new NetworkMember(new MemberRef(kind, new UUID(0, 0)),
                        kind.name(), active, buurten, themes));
        return Arbitraries.integers().between(1, 9).flatMap(n -> Combinators.combine(member.list().ofSize(n),
                TIES.list().ofSize(n * (n - 1) / 2)).as(NetworkPropertiesTest::snapshot));
    }

    private static NetworkSnapshot snapshot(List<NetworkMember> drawn, List<Tie> pairs) {
        List<NetworkMember> members = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            NetworkMember m = drawn.get(i);
            members.add(new NetworkMember(new MemberRef(m.ref().kind(), new UUID(0, i)), m.label() + " " + i,
                    m.active(), m.neighbourhoods(), m.themes()));
        }
        List<NetworkTie> ties = new ArrayList<>();
        int pair = 0;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Tie tie = pairs.get(pair++);
                if (tie == Tie.FRESH || tie == Tie.FADED) {
                    ties.add(new NetworkTie(members.get(i).ref(), members.get(j).ref(), 3,
                            tie == Tie.FRESH ? AS_OF : AS_OF.minusYears(1)));
                }
            }
        }
        return new NetworkSnapshot(members, ties, AS_OF);
    }

    private static List<NetworkMember> active(NetworkSnapshot network) {
        return network.members().stream().filter(NetworkMember::active).collect(Collectors.toList());
    }

    private static NetworkAnalysis analyse(NetworkSnapshot network) {
        return NetworkAnalysis.of(network, AnalysisSettings.defaults());
    }
}
