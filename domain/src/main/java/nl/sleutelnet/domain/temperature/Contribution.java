package nl.sleutelnet.domain.temperature;

import static java.util.Comparator.comparingDouble;

import java.util.Comparator;
import java.util.UUID;

/**
 * What one piece of evidence adds to a temperature, with every number that went into it, so that a coordinator can
 * see why a buurt is where it is and check the sum by hand. The contributions of a {@link Temperature} add up to its
 * score.
 */
public sealed interface Contribution permits SignalContribution, PollContribution {

    /** Whether a contribution comes from a signal or a poll answer. */
    enum Kind {
        SIGNAL, POLL
    }

    /** Largest first; on equal points signals before answers, then by id, so that a list always reads the same. */
    Comparator<Contribution> LARGEST_FIRST = comparingDouble(Contribution::points).reversed()
            .thenComparing(Contribution::kind).thenComparing(Contribution::evidenceId);

    Kind kind();

    /** The signal's id or the poll answer's id. */
    UUID evidenceId();

    /** The score points this piece of evidence adds: 0 or more. */
    double points();
}
