package nl.sleutelnet.domain.network.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.sleutelnet.domain.network.MemberRef;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Zachary's karate club (34 members, 78 ties; see {@code karate-club-edges.txt} for the source of the data) against
 * published figures. Members are numbered 0–33 as in networkx; igraph and R number the same people 1–34.
 *
 * <p>Betweenness: igraph's {@code betweenness(karate)} on this graph, as printed in B. Lantz, <i>Machine Learning
 * with R</i> (2nd ed., Packt 2015), chapter 12, and in many igraph tutorials: 231.0714286 for member 0 (Mr. Hi),
 * 160.5515873 for member 33 (the club's officer), 76.6904762, 75.8507937 and 73.0095238 for members 32, 2 and 31,
 * 0 for member 7. igraph's numbers equal networkx's {@code betweenness_centrality(G, normalized=False)}; networkx's
 * {@code normalized=True} divides an undirected graph's values by (n-1)(n-2)/2 = 528.
 *
 * <p>Cut vertices: the published degree list (igraph {@code degree(karate)}: 16 9 10 6 3 4 4 4 5 2 3 1 ...) gives
 * member 11 a single tie, to member 0, so 0 is a cut vertex; that it is the only one is checked below by taking
 * every member out in turn, independently of the biconnectivity algorithm.
 */
class KarateClubTest {

    private static final Offset<Double> PUBLISHED_PRECISION = within(1e-6);
    private static final int MEMBERS = 34;
    private static final LocalDate AS_OF = LocalDate.of(1977, 1, 1);

    private static NetworkSnapshot club;
    private static NetworkAnalysis analysis;

    @BeforeAll
    static void readTheClub() throws IOException {
        List<NetworkMember> members = IntStream.range(0, MEMBERS).mapToObj(i -> new NetworkMember(member(i),
                "member " + i, true, Set.of(), Set.of())).toList();
        List<NetworkTie> ties;
        try (var reader = new BufferedReader(new InputStreamReader(
                KarateClubTest.class.getResourceAsStream("karate-club-edges.txt"), StandardCharsets.UTF_8))) {
            ties = reader.lines().filter(line -> !line.startsWith("#")).map(line -> line.split(" "))
                    .map(pair -> new NetworkTie(member(Integer.parseInt(pair[0])), member(Integer.parseInt(pair[1])),
                            1, AS_OF))
                    .toList();
        }
        club = new NetworkSnapshot(members, ties, AS_OF);
        analysis = NetworkAnalysis.of(club, AnalysisSettings.defaults());
    }

    @Test
    void theClubHas34MembersAnd78TiesInOneCluster() {
        assertThat(club.ties()).hasSize(78);
        assertThat(analysis.clusters()).singleElement().satisfies(c -> assertThat(c.members()).hasSize(MEMBERS));
        assertThat(analysis.fadedTies()).isZero();
    }

    @Test
    void rawBetweennessMatchesThePublishedValues() {
        Map<Integer, Double> raw = byMember(Centrality::raw);
        assertThat(raw.get(0)).isCloseTo(231.0714286, PUBLISHED_PRECISION);
        assertThat(raw.get(33)).isCloseTo(160.5515873, PUBLISHED_PRECISION);
        assertThat(raw.get(32)).isCloseTo(76.6904762, PUBLISHED_PRECISION);
        assertThat(raw.get(2)).isCloseTo(75.8507937, PUBLISHED_PRECISION);
        assertThat(raw.get(31)).isCloseTo(73.0095238, PUBLISHED_PRECISION);
        assertThat(raw.get(7)).isZero();
    }

    @Test
    void normalisedBetweennessDividesByTheNumberOfPairsOfOtherMembers() {
        Map<Integer, Double> normalised = byMember(Centrality::normalised);
        assertThat(normalised.get(0)).isCloseTo(231.0714286 / 528, PUBLISHED_PRECISION);
        assertThat(normalised.get(0)).isCloseTo(0.4376, within(1e-4));
        assertThat(normalised.get(33)).isCloseTo(0.3041, within(1e-4));
    }

    @Test
    void theTwoLeadersAreTheGreatestBrokers() {
        assertThat(analysis.betweenness()).extracting(c -> number(c.member())).startsWith(0, 33, 32, 2, 31);
    }

    @Test
    void mrHiIsTheOnlyCutVertexAndHisTieToMember11TheOnlyBridge() {
        // Without Mr. Hi, member 11 is alone and members 4, 5, 6, 10 and 16 only know each other.
        assertThat(analysis.cutVertices()).singleElement().satisfies(cut -> {
            assertThat(cut.member()).isEqualTo(member(0));
            assertThat(cut.cutOff()).containsExactly(members(4, 5, 6, 10, 16), members(11));
        });
        assertThat(analysis.bridges()).containsExactly(new Bridge(member(0), member(11), Set.of(member(11))));
    }

    @Test
    void onlyTakingOutMrHiSplitsTheClub() {
        List<Integer> splitting = IntStream.range(0, MEMBERS).filter(i -> NetworkAnalysis.of(
                club.withoutMembers(Set.of(member(i))), AnalysisSettings.defaults()).clusters().size() > 1)
                .boxed().toList();
        assertThat(splitting).containsExactly(0);
    }

    private static Map<Integer, Double> byMember(Function<Centrality, Double> value) {
        return analysis.betweenness().stream().collect(Collectors.toMap(c -> number(c.member()), value));
    }

    private static MemberRef member(int number) {
        return MemberRef.keyPerson(new UUID(0, number));
    }

    private static Set<MemberRef> members(int... numbers) {
        return IntStream.of(numbers).mapToObj(KarateClubTest::member).collect(Collectors.toSet());
    }

    private static int number(MemberRef ref) {
        return (int) ref.id().getLeastSignificantBits();
    }
}
