package nl.sleutelnet.domain.network.analysis;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Our exact betweenness where plain JGraphT's is too slow to measure, against the estimate the analysis uses above
 * {@link AnalysisSettings#DEFAULT_EXACT_BETWEENNESS_UP_TO} members: the cost of "exact" that the setting avoids.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExactBetweennessBenchmark {

    @Param({"5000", "10000"})
    int keyPersons;

    private NetworkAnalysis exact;
    private NetworkAnalysis sampled;

    @Setup
    public void setUp() {
        SyntheticNetwork network = SyntheticNetwork.of(keyPersons);
        AnalysisSettings defaults = AnalysisSettings.defaults();
        exact = NetworkAnalysis.of(network.snapshot(), new AnalysisSettings(defaults.fadeAfter(), Integer.MAX_VALUE,
                defaults.betweennessPivots()));
        sampled = NetworkAnalysis.of(network.snapshot(), new AnalysisSettings(defaults.fadeAfter(), 0,
                defaults.betweennessPivots()));
    }

    @Benchmark
    public List<Centrality> oursExact() {
        return exact.betweenness();
    }

    @Benchmark
    public List<Centrality> oursSampled() {
        return sampled.betweenness();
    }
}
