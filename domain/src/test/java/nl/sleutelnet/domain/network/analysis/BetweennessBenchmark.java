package nl.sleutelnet.domain.network.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.sleutelnet.domain.network.MemberRef;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exact betweenness, ours against plain JGraphT's {@link BetweennessCentrality} on the same graph. JGraphT's takes
 * about a second for 1,000 members on an idle core and grows with members × ties, so it is measured up to 1,000
 * only; ours exact is measured up to 10,000 (above the default size for exact betweenness) to show why larger
 * networks are sampled.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BetweennessBenchmark {

    @Param({"100", "1000"})
    int keyPersons;

    private NetworkAnalysis exact;
    private Graph<MemberRef, DefaultEdge> plain;

    @Setup
    public void setUp() {
        SyntheticNetwork network = SyntheticNetwork.of(keyPersons);
        AnalysisSettings settings = new AnalysisSettings(AnalysisSettings.defaults().fadeAfter(), Integer.MAX_VALUE,
                AnalysisSettings.DEFAULT_BETWEENNESS_PIVOTS);
        exact = NetworkAnalysis.of(network.snapshot(), settings);
        plain = NetworkAnalysisBenchmark.plainGraph(network.snapshot(), settings);
    }

    @Benchmark
    public List<Centrality> oursExact() {
        return exact.betweenness();
    }

    @Benchmark
    public Map<MemberRef, Double> plainExact() {
        return new BetweennessCentrality<>(plain, false).getScores();
    }
}
