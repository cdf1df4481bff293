package nl.sleutelnet.bootstrap.simulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What one run produced: the scenario it ran, a row per day, the core's temperature of every buurt × theme at the end
 * of every working day, the flare-ups of the simulated tension and whether and when they were detected, the
 * interventions, and the summary.
 *
 * @param cells  the buurt × theme of each column of {@code scores} and {@code levels}, as {@code BU…:theme}
 * @param scores per day, per cell: the temperature score the core computed (its map at 16:00)
 * @param levels per day, per cell: the level's ordinal (0 CALM, 1 TENSE, 2 HEATED, 3 ESCALATING)
 */
public record SimulationResult(Scenario scenario, List<String> cells, List<Day> days, float[][] scores,
        byte[][] levels, List<Episode> episodes, List<InterventionRecord> interventions, Summary summary) {

    public SimulationResult {
        cells = List.copyOf(cells);
        days = List.copyOf(days);
        episodes = List.copyOf(episodes);
        interventions = List.copyOf(interventions);
    }

    /**
     * One simulated day.
     *
     * @param activeKeyPersons    key persons active in the core that day
     * @param incidents           simulated incidents that day (the world, not what anyone saw)
     * @param signals             signals reported that day (new, not sightings)
     * @param sightings           sightings added to existing signals that day
     * @param openSignals         signals RECEIVED or ASSESSED at the end of the day
     * @param backlog             signals waiting for their assessment at the end of the day
     * @param activeInterventions interventions running with the municipality involved (not yet withdrawn)
     * @param tense               buurt × theme cells at TENSE or above in the core's map
     * @param heated              cells at HEATED or above
     * @param escalating          cells at ESCALATING
     * @param maxScore            the highest score on the map
     */
    public record Day(LocalDate date, int activeKeyPersons, int incidents, int signals, int sightings,
            int openSignals, int backlog, int activeInterventions, int tense, int heated, int escalating,
            double maxScore) {
    }

    /**
     * A flare-up: a period in which the simulated tension of a buurt × theme stood at or above the scenario's episode
     * threshold.
     *
     * @param end      the last day at or above the threshold; null when it lasted until the end of the run
     * @param detected the first day a signal or sighting about the buurt × theme reached the municipality during the
     *                 flare-up; null when none did
     */
    public record Episode(String buurt, String wijk, String theme, LocalDate start, LocalDate end,
            LocalDate detected, double peakTension) {

        /** Days from the start to detection, or (undetected) to the end of the flare-up or of the run. */
        public long daysUnseen(LocalDate lastDay) {
            LocalDate until = detected != null ? detected : end != null ? end : lastDay;
            return ChronoUnit.DAYS.between(start, until);
        }
    }

    /** An intervention the run planned, and the days of its steps; null for a step not taken. */
    public record InterventionRecord(String buurt, String theme, LocalDate planned, String firstSignalLevel,
            LocalDate withdrawn, LocalDate closed, String outcome, int stepsDown, int stepsUp) {
    }
}
