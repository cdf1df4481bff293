package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * What the temperature model knows of one signal for one buurt × theme (a signal about two buurten and one theme is
 * two pieces of evidence): its intensity, how reliable it was judged, how many independent sources reported it (the
 * signal itself and its independent sightings), and when it was last observed.
 *
 * @param signalId           the signal, so that an explanation can point at it
 * @param independentSources at least 1: the reporter of the signal, plus sightings by other reporters
 * @param lastObservedAt     the latest observation: the signal's own or its latest sighting's
 */
public record SignalEvidence(UUID signalId, NeighbourhoodCode buurt, ThemeCode theme, int intensity,
        Reliability reliability, int independentSources, Instant firstObservedAt, Instant lastObservedAt) {

    public SignalEvidence {
        checkNotNull(signalId, "signalId");
        checkNotNull(buurt, "buurt");
        checkNotNull(theme, "theme");
        checkArgument(intensity >= 1 && intensity <= 5, "intensity is 1 to 5");
        checkNotNull(reliability, "reliability");
        checkArgument(independentSources >= 1, "at least one source");
        checkNotNull(firstObservedAt, "firstObservedAt");
        checkNotNull(lastObservedAt, "lastObservedAt");
        checkArgument(!lastObservedAt.isBefore(firstObservedAt), "last observation not before the first");
    }
}
