package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * When a buurt × theme warrants an alert for the coordinator: when its level goes up. Only upward: a level that holds
 * or falls asks for no action, and repeating an alert for a level already seen would teach people to ignore alerts.
 * An alert is a question to go and look, not a conclusion.
 */
public final class UpwardCrossing {

    private UpwardCrossing() {
    }

    /**
     * Whether moving from {@code previous} to {@code current} is an alert: when {@code current} is higher. The first
     * computation for a buurt × theme (no previous level) alerts when it is above CALM, as if it came from CALM.
     */
    public static boolean alertDue(Optional<Level> previous, Level current) {
        checkNotNull(previous, "previous");
        checkNotNull(current, "current");
        return current.isAbove(previous.orElse(Level.CALM));
    }
}
