package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.UUID;

/**
 * What one signal adds: {@code points = intensity × reliabilityWeight × sourceWeight × decay}.
 *
 * @param independentSources   the sources counted: the signal's own, or 1 when {@code onlyFirstObservation}
 * @param sourceWeight         {@code 1 - 0.5^independentSources}
 * @param observedAt           the observation the age is measured from: the last one known at the moment asked
 * @param ageDays              days from {@code observedAt} to the moment asked, with the fraction
 * @param decay                {@code 0.5^(ageDays / halfLifeDays)}
 * @param onlyFirstObservation the signal was seen again after the moment asked. The evidence does not say which
 *                             sightings came before that moment, so only what is certain counts: the first
 *                             observation, as one source. Without this a look into the past (a trend, a chart) would
 *                             lose every signal that was sighted again later, and the past would look calmer than it was
 */
public record SignalContribution(UUID signalId, int intensity, Reliability reliability, double reliabilityWeight,
        int independentSources, double sourceWeight, Instant observedAt, double ageDays, double decay,
        boolean onlyFirstObservation) implements Contribution {

    public SignalContribution {
        checkNotNull(signalId, "signalId");
        checkArgument(intensity >= 1 && intensity <= 5, "intensity is 1 to 5: %s", intensity);
        checkNotNull(reliability, "reliability");
        checkArgument(reliabilityWeight >= 0 && reliabilityWeight <= 1, "reliabilityWeight 0 to 1: %s",
                reliabilityWeight);
        checkArgument(independentSources >= 1, "at least one source: %s", independentSources);
        checkArgument(sourceWeight > 0 && sourceWeight <= 1, "sourceWeight above 0, at most 1: %s", sourceWeight);
        checkNotNull(observedAt, "observedAt");
        checkArgument(ageDays >= 0, "ageDays not negative: %s", ageDays);
        checkArgument(decay >= 0 && decay <= 1, "decay 0 to 1: %s", decay);
        checkArgument(!onlyFirstObservation || independentSources == 1,
                "a signal counted from its first observation counts one source");
    }

    /** {@code intensity × reliabilityWeight × sourceWeight × decay}. */
    @Override
    public double points() {
        return intensity * reliabilityWeight * sourceWeight * decay;
    }

    @Override
    public Kind kind() {
        return Kind.SIGNAL;
    }

    @Override
    public UUID evidenceId() {
        return signalId;
    }
}
