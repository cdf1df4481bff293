package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static nl.sleutelnet.domain.network.KeyPersonStatus.ACTIVE;
import static nl.sleutelnet.domain.network.KeyPersonStatus.DEPARTED;
import static nl.sleutelnet.domain.network.KeyPersonStatus.PAUSED;

import com.google.common.collect.Ordering;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.StatusChange;

/**
 * How the group of key persons changed over a period {@code [from, to)}: is the network growing, and does it keep
 * the people it has? Counts are of persons: someone who pauses twice in the period is one who paused.
 *
 * <p>A person's status at an instant is the {@code to} of their last change at or before it. The period starts with
 * the status in force just before {@code from} and ends with the status after its last change, so a change at
 * exactly {@code from} happens inside the period, and the end of one period is the start of the next.
 *
 * @param activeAtStart ACTIVE just before {@code from}
 * @param activeAtEnd   ACTIVE after every change before {@code to}
 * @param joined        became ACTIVE for the first time inside the period
 * @param returned      went from PAUSED back to ACTIVE inside the period
 * @param paused        became PAUSED inside the period
 * @param departed      became DEPARTED inside the period, from any status
 */
public record Turnover(Instant from, Instant to, int activeAtStart, int activeAtEnd, int joined, int returned,
        int paused, int departed) {

    public Turnover {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkArgument(from.isBefore(to), "a period ends after it starts");
        checkArgument(IntStream.of(activeAtStart, activeAtEnd, joined, returned, paused, departed)
                .allMatch(n -> n >= 0), "counts are never negative");
    }

    /**
     * Counts over the status histories of key persons, one list per person in the order the changes happened.
     */
    public static Turnover of(List<List<StatusChange>> histories, Instant from, Instant to) {
        checkArgument(from.isBefore(to), "a period ends after it starts");
        Predicate<StatusChange> inside = change -> !change.at().isBefore(from) && change.at().isBefore(to);
        int activeAtStart = 0;
        int activeAtEnd = 0;
        int joined = 0;
        int returned = 0;
        int paused = 0;
        int departed = 0;
        for (List<StatusChange> history : histories) {
            checkArgument(Ordering.natural().onResultOf(StatusChange::at).isOrdered(history),
                    "a history lists its changes in the order they happened");
            activeAtStart += statusJustBefore(history, from) == ACTIVE ? 1 : 0;
            activeAtEnd += statusJustBefore(history, to) == ACTIVE ? 1 : 0;
            joined += history.stream().filter(c -> c.to() == ACTIVE).findFirst().filter(inside).isPresent() ? 1 : 0;
            returned += history.stream().anyMatch(inside.and(c -> c.from() == PAUSED && c.to() == ACTIVE)) ? 1 : 0;
            paused += history.stream().anyMatch(inside.and(c -> c.to() == PAUSED)) ? 1 : 0;
            departed += history.stream().anyMatch(inside.and(c -> c.to() == DEPARTED)) ? 1 : 0;
        }
        return new Turnover(from, to, activeAtStart, activeAtEnd, joined, returned, paused, departed);
    }

    /** Departures per average active key person: {@code departed / mean(activeAtStart, activeAtEnd)}, 0 if none. */
    public double turnoverRate() {
        double meanActive = (activeAtStart + activeAtEnd) / 2.0;
        return meanActive == 0 ? 0 : departed / meanActive;
    }

    /** The status after every change strictly before {@code instant}; null before the first change. */
    private static KeyPersonStatus statusJustBefore(List<StatusChange> history, Instant instant) {
        KeyPersonStatus status = null;
        for (StatusChange change : history) {
            if (!change.at().isBefore(instant)) {
                break;
            }
            status = change.to();
        }
        return status;
    }
}
