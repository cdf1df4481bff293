package nl.sleutelnet.domain.network.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The network analysis against plain JGraphT (and, for coverage, a plain grouping in Java) on the same synthetic
 * city network ({@link SyntheticNetwork}): about ten ties per key person, clustered per buurt and wijk. Each pair
 * ({@code ours*} and {@code plain*}) does the same work from the same snapshot; {@code docs/performance.md} has the
 * figures and the command. Run by {@code -Pbenchmark}, never by the unit tests.
 *
 * <p>Plain JGraphT's biconnectivity search is recursive: from about 10,000 members it overflows a default thread
 * stack, so this fork gets a large one ({@code -Xss256m}, also in the profile's {@code jmh.jvmArgs}, which replaces
 * the annotation). Ours is iterative and needs none of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xss256m")
public class NetworkAnalysisBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    int keyPersons;

    private NetworkSnapshot snapshot;
    private List<NeighbourhoodCode> buurten;
    private List<ThemeCode> themes;
    private NetworkAnalysis analysis;
    private Graph<MemberRef, DefaultEdge> plain;
    private final AnalysisSettings settings = AnalysisSettings.defaults();

    @Setup
    public void setUp() {
        SyntheticNetwork network = SyntheticNetwork.of(keyPersons);
        snapshot = network.snapshot();
        buurten = network.buurten();
        themes = network.themes();
        analysis = NetworkAnalysis.of(snapshot, settings);
        plain = plainGraph(snapshot, settings);
    }

    /**
     * The same members and ties that count, straight into a JGraphT graph, with the same fade check as ours (the day's
     * arithmetic done once). It does less than ours: no check for members listed twice, no count of faded ties, and
     * of two ties between the same pair the first counts, not the stronger.
     */
    static Graph<MemberRef, DefaultEdge> plainGraph(NetworkSnapshot snapshot, AnalysisSettings settings) {
        Graph<MemberRef, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (NetworkMember member : snapshot.members()) {
            if (member.active()) {
                graph.addVertex(member.ref());
            }
        }
        Predicate<NetworkTie> faded = settings.fadedOn(snapshot.asOf());
        for (NetworkTie tie : snapshot.ties()) {
            if (graph.containsVertex(tie.a()) && graph.containsVertex(tie.b()) && !faded.test(tie)) {
                graph.addEdge(tie.a(), tie.b());
            }
        }
        return graph;
    }

    @Benchmark
    public NetworkAnalysis oursBuild() {
        return NetworkAnalysis.of(snapshot, settings);
    }

    @Benchmark
    public Graph<MemberRef, DefaultEdge> plainBuild() {
        return plainGraph(snapshot, settings);
    }

    @Benchmark
    public Coverage oursCoverage() {
        return analysis.coverage(buurten, themes);
    }

    /**
     * The same figures by hand: key persons grouped per buurt, then per theme; each cell sorted, as the definition
     * asks (ours: {@link Coverage#keyPersons}), and the key persons per buurt counted. Ours also makes the cells
     * immutable and checks that each buurt and theme is asked once; this does neither.
     */
    @Benchmark
    public Map<NeighbourhoodCode, Map<ThemeCode, List<MemberRef>>> plainCoverage() {
        Map<NeighbourhoodCode, Map<ThemeCode, List<MemberRef>>> cells = new HashMap<>();
        Map<NeighbourhoodCode, Integer> perBuurt = new HashMap<>();
        for (NeighbourhoodCode buurt : buurten) {
            Map<ThemeCode, List<MemberRef>> perTheme = new HashMap<>();
            themes.forEach(t -> perTheme.put(t, new ArrayList<>()));
            cells.put(buurt, perTheme);
            perBuurt.put(buurt, 0);
        }
        for (NetworkMember member : snapshot.members()) {
            if (!member.active() || !member.isKeyPerson()) {
                continue;
            }
            for (NeighbourhoodCode buurt : member.neighbourhoods()) {
                Map<ThemeCode, List<MemberRef>> perTheme = cells.get(buurt);
                if (perTheme != null) {
                    perBuurt.merge(buurt, 1, Integer::sum);
                    for (ThemeCode theme : member.themes()) {
                        List<MemberRef> cell = perTheme.get(theme);
                        if (cell != null) {
                            cell.add(member.ref());
                        }
                    }
                }
            }
        }
        cells.values().forEach(perTheme -> perTheme.values().forEach(cell -> cell.sort(null)));
        return cells;
    }

    /** Cut vertices with, for each, the groups cut off and the buurten that lose their connection. */
    @Benchmark
    public List<CutVertex> oursCutVertices() {
        return NetworkAnalysis.of(snapshot, settings).cutVertices();
    }

    /** Only the cut vertices themselves (JGraphT has no "what is cut off"), on a fresh graph as ours. */
    @Benchmark
    public Set<MemberRef> plainCutVertices() {
        return new BiconnectivityInspector<>(plainGraph(snapshot, settings)).getCutpoints();
    }

    /** Exact up to {@link AnalysisSettings#DEFAULT_EXACT_BETWEENNESS_UP_TO} members, sampled above. */
    @Benchmark
    public List<Centrality> oursBetweenness() {
        return analysis.betweenness();
    }
}
