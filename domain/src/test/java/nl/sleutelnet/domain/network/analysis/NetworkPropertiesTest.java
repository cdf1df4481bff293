package nl.sleutelnet.domain.network.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            assertThat(coverage.keyPersons(cell.buurt(), cell.theme())).isEqualTo(cell.keyPersons()).isSorted();
            assertThat(coverage.count(cell.buurt(), cell.theme())).isEqualTo(cell.count());
        }
        // a value: the same cells and counts, made by hand, are the same coverage
        assertThat(new Coverage(coverage.cells().stream().map(c -> new Coverage.Cell(c.buurt(), c.theme(),
                com.google.common.collect.Lists.reverse(c.keyPersons()))).toList(), coverage.keyPersonsPerBuurt()))
                .isEqualTo(coverage).hasSameHashCodeAs(coverage);
        assertThat(coverage.keyPersonsPerBuurt().values())
                .allSatisfy(n -> assertThat(n).isBetween(0, (int) activeKeyPersons));
    }

    /**
     * Betweenness (Brandes on arrays, the members renumbered for locality, successors noted on the way out) agrees with
     * JGraphT's own on every network, also one in several clusters.
     */
    @Property
    void betweennessAgreesWithJGraphT(@ForAll("networks") NetworkSnapshot network) {
        Map<MemberRef, Double> jgrapht = new org.jgrapht.alg.scoring.BetweennessCentrality<>(
                NetworkAnalysisBenchmark.plainGraph(network, AnalysisSettings.defaults()), false).getScores();
        assertThat(analyse(network).betweenness()).allSatisfy(c -> assertThat(c.raw())
                .isCloseTo(jgrapht.get(c.member()), org.assertj.core.api.Assertions.within(1e-9)));
    }

    @Property
    void normalisedBetweennessLiesBetweenZeroAndOne(@ForAll("networks") NetworkSnapshot network) {
        assertThat(analyse(network).betweenness()).allSatisfy(c -> assertThat(c.normalised()).isBetween(0.0, 1.0));
    }

    /**
     * The network is built straight into arrays; checked here against the definition: of all ties between two active
     * members, the ones that have not faded; per pair the strongest, on equal strength the more recent contact, on a
     * draw the one listed first. Ties come in both directions, several per pair, some to inactive members.
     */
    @Property
    void theTieThatCountsIsTheStrongestFreshTieOfThePair(@ForAll("networks") NetworkSnapshot network,
            @ForAll("extraTies") List<Tuple.Tuple4<Integer, Integer, Integer, Integer>> extra) {
        List<NetworkMember> members = network.members();
        List<NetworkTie> ties = new ArrayList<>(network.ties());
        for (Tuple.Tuple4<Integer, Integer, Integer, Integer> t : extra) {
            int i = t.get1() % members.size();
            int j = t.get2() % members.size();
            if (i != j) {
                ties.add(new NetworkTie(members.get(i).ref(), members.get(j).ref(), t.get3(),
                        t.get4() < 0 ? null : AS_OF.minusDays(t.get4())));
            }
        }
        NetworkSnapshot snapshot = new NetworkSnapshot(members, ties, AS_OF);
        NetworkAnalysis analysis = analyse(snapshot);
        AnalysisSettings settings = AnalysisSettings.defaults();
        int faded = 0;
        for (NetworkTie tie : ties) {
            if (isActive(snapshot, tie.a()) && isActive(snapshot, tie.b()) && settings.hasFaded(tie, AS_OF)) {
                faded++;
            }
        }
        assertThat(analysis.fadedTies()).isEqualTo(faded);
        for (NetworkMember a : members) {
            for (NetworkMember b : members) {
                NetworkTie expected = null;
                for (NetworkTie tie : ties) {
                    if (a != b && a.active() && b.active() && tie.involves(a.ref()) && tie.involves(b.ref())
                            && !settings.hasFaded(tie, AS_OF) && (expected == null
                            || tie.strength() > expected.strength() || tie.strength() == expected.strength()
                            && after(tie.lastContact(), expected.lastContact()))) {
                        expected = tie;
                    }
                }
                assertThat(analysis.tie(a.ref(), b.ref())).as("%s – %s", a.label(), b.label())
                        .isEqualTo(Optional.ofNullable(expected));
                if (expected != null) {
                    assertThat(analysis.tie(a.ref(), b.ref()).get()).isSameAs(expected);
                }
            }
        }
    }

    /** The fade check done once per day agrees with the one per tie, for periods in days, months and years. */
    @Property
    void fadingForADayAgreesWithFadingTieByTie(@ForAll("periods") Period fadeAfter,
            @ForAll("days") int contactDaysBack, @ForAll("days") int asOfDaysOn) {
        AnalysisSettings settings = new AnalysisSettings(fadeAfter);
        LocalDate asOf = LocalDate.of(2024, 1, 31).plusDays(asOfDaysOn);
        NetworkTie tie = new NetworkTie(MemberRef.keyPerson(new UUID(0, 1)), MemberRef.keyPerson(new UUID(0, 2)), 3,
                asOf.minusDays(contactDaysBack));
        assertThat(settings.fadedOn(asOf).test(tie)).isEqualTo(settings.hasFaded(tie, asOf));
        NetworkTie never = new NetworkTie(tie.a(), tie.b(), 3, null);
        assertThat(settings.fadedOn(asOf).test(never)).isTrue();
    }

    @Provide
    Arbitrary<Period> periods() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 400).map(Period::ofDays),
                Arbitraries.integers().between(0, 13).map(Period::ofMonths),
                Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 11),
                        Arbitraries.integers().between(0, 40)).as(Period::of));
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(-5, 800);
    }

    /** Extra ties by member position (taken modulo the number of members): strength and days since contact. */
    @Provide
    Arbitrary<List<Tuple.Tuple4<Integer, Integer, Integer, Integer>>> extraTies() {
        return Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(1, 5), Arbitraries.of(-1, 0, 10, 10, 200))
                .as(Tuple::of).list().ofMaxSize(12);
    }

    private static boolean after(LocalDate x, LocalDate y) {
        return x != null && (y == null || x.isAfter(y));
    }

    private static boolean isActive(NetworkSnapshot snapshot, MemberRef ref) {
        return snapshot.members().stream().anyMatch(m -> m.ref().equals(ref) && m.active());
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
