package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How much a temperature rests on: the number of independent sources behind it (reporters of signals and their
 * independent sightings, plus distinct poll respondents). One voice can be mistaken or alone in what it sees; a
 * figure behind which four people stand independently is harder to dismiss. LOW is not "wrong": it asks the
 * coordinator to check with someone else before drawing conclusions.
 */
public enum Confidence {
    LOW, MEDIUM, HIGH;

    /** 0 or 1 source LOW, 2 or 3 MEDIUM, 4 or more HIGH. */
    public static Confidence ofSources(int independentSources) {
        checkArgument(independentSources >= 0, "a number of sources is not negative: %s", independentSources);
        if (independentSources >= 4) {
            return HIGH;
        }
        return independentSources >= 2 ? MEDIUM : LOW;
    }
}
