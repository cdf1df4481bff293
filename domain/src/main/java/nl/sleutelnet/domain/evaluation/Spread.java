package nl.sleutelnet.domain.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How long something took, over a number of cases: the count, the median and the 90th percentile, in hours. The
 * median is the middle value (the mean of the two middle values for an even count); the 90th percentile uses the
 * nearest-rank method: the value at rank ⌈0,9 × n⌉ of the sorted values, so 90% of the cases took at most that long
 * and the figure is always a time that really occurred. Both are null without cases or when the count is suppressed.
 */
public record Spread(Count cases, Double medianHours, Double p90Hours) {

    static Spread of(Collection<Duration> durations, SmallCells cells) {
        Count n = cells.count(durations.size());
        if (durations.isEmpty() || n.suppressed()) {
            return new Spread(n, null, null);
        }
        List<Double> hours = new ArrayList<>(durations.stream().map(d -> d.toSeconds() / 3600.0).sorted().toList());
        return new Spread(n, median(hours), nearestRank(hours, 0.9));
    }

    /** The median of sorted values. */
    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The value at rank ⌈p × n⌉ (1-based) of sorted values. */
    static double nearestRank(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size() - 1e-9);
        return sorted.get(Math.max(1, rank) - 1);
    }
}
