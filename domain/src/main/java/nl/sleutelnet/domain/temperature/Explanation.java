package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.time.Instant;
import java.util.List;

/**
 * Why a temperature is what it is, figure by figure: the score is the sum of the contributions, the confidence
 * follows from the independent sources, the trend from the score at an earlier moment. Nothing in it names a person.
 *
 * @param contributions      every signal and poll answer that counted, largest first
 * @param independentSources the sources behind the figure: the independent sources of the signals plus the distinct
 *                           poll respondents. Two signals from the same reporter count as two: the evidence does not
 *                           say who reported, so sources can only be counted per signal
 * @param earlierAsOf        the moment the trend compares with: {@code asOf - trendLookBack}
 * @param earlierScore       the score at that moment, from the same evidence
 */
public record Explanation(List<Contribution> contributions, int independentSources, Instant earlierAsOf,
        double earlierScore) {

    public Explanation {
        contributions = ImmutableList.copyOf(contributions);
        checkArgument(Ordering.from(Contribution.LARGEST_FIRST).isOrdered(contributions),
                "contributions come largest first");
        checkArgument(independentSources >= 0, "independentSources not negative: %s", independentSources);
        checkNotNull(earlierAsOf, "earlierAsOf");
        checkArgument(earlierScore >= 0, "earlierScore not negative: %s", earlierScore);
    }

    /** The sum of all contributions, added largest first: the score. */
    public double total() {
        return sum(contributions);
    }

    /** The points from signals. */
    public double signalPart() {
        return sum(signals());
    }

    /** The points from poll answers: {@code pollWeight} × their decay-weighted mean tension. */
    public double pollPart() {
        return sum(polls());
    }

    /** The signals that counted, largest first. */
    public List<SignalContribution> signals() {
        return contributions.stream().filter(SignalContribution.class::isInstance).map(SignalContribution.class::cast)
                .collect(toImmutableList());
    }

    /** The poll answers that counted, largest first. */
    public List<PollContribution> polls() {
        return contributions.stream().filter(PollContribution.class::isInstance).map(PollContribution.class::cast)
                .collect(toImmutableList());
    }

    /** Adds the points in the order given; the model adds them in the same order, so the sums are equal. */
    static double sum(List<? extends Contribution> parts) {
        double sum = 0;
        for (Contribution part : parts) {
            sum += part.points();
        }
        return sum;
    }
}
