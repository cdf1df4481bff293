package nl.sleutelnet.application.port.in.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A what-if simulation that runs in the background, and what it found once it is done.
 *
 * @param done    runs finished (two per seed: the network as it is, and with the changes)
 * @param total   runs in all
 * @param problem why it failed, for a FAILED job
 */
public record SimulationJob(UUID id, Status status, int done, int total, Instant startedAt,
        Map<String, Integer> changes, int seeds, LocalDate from, LocalDate to, Optional<WhatIfOutcome> outcome,
        Optional<String> problem) {

    public enum Status { RUNNING, DONE, FAILED }

    public SimulationJob {
        checkNotNull(id, "id");
        checkNotNull(status, "status");
        changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
        checkNotNull(outcome, "outcome");
        checkNotNull(problem, "problem");
    }

    public int percentDone() {
        return total == 0 ? 0 : 100 * done / total;
    }

    /**
     * The comparison: per figure the mean and spread over the seeds for the network as it is and with the changes.
     *
     * @param keyPersons the active key persons per wijk the simulation started from (the current network)
     */
    public record WhatIfOutcome(List<Figure> city, List<WijkFigures> wijken, Map<String, Integer> keyPersons) {

        public WhatIfOutcome {
            city = List.copyOf(city);
            wijken = List.copyOf(wijken);
            keyPersons = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(keyPersons));
        }
    }

    /** One figure: its name (a key such as {@code meanDaysUnseen}), mean and standard deviation on both sides. */
    public record Figure(String metric, double currentMean, double currentSd, double whatIfMean, double whatIfSd) {

        public double difference() {
            return whatIfMean - currentMean;
        }
    }

    /** The detection figures of one wijk, as it is and with the changes. */
    public record WijkFigures(String wijk, String name, Figure keyPersons, Figure flareUps, Figure detectedShare,
            Figure daysUnseen) {
    }
}
