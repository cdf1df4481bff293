package nl.sleutelnet.bootstrap.simulation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one run. {@link #metrics()} gives them as named numbers, in a fixed order, for CSV, JSON and the
 * Monte Carlo statistics.
 *
 * @param meanDaysToDetection mean days from the start of a flare-up to the first signal or sighting, over detected
 *                            flare-ups (NaN when none was)
 * @param meanDaysUnseen      mean days a flare-up went unseen, counting an undetected one until it ended: the
 *                            measure that does not reward missing flare-ups altogether
 * @param cellDaysHeated      buurt × theme × days at HEATED or above (the core's levels)
 * @param meanDaysToAssessment mean days from receipt to assessment
 * @param overdueAssessments  assessments made after the core's deadline for the signal's intensity
 * @param assessmentsPerStaffWeek assessments per staff member per week, the staff's workload
 * @param byWijk              the detection figures per wijk
 */
public record Summary(int incidents, int signals, int sightings, int episodes, int episodesDetected,
        double meanDaysToDetection, double meanDaysUnseen, int alerts, int interventions, int withdrawals,
        int interventionsClosed, int escalations, double peakScore, String peakCell, int cellDaysTense,
        int cellDaysHeated, double meanDaysToAssessment, int overdueAssessments, int maxBacklog,
        double assessmentsPerStaffWeek, int pollAnswers, int keyPersonsAtEnd, Map<String, Wijk> byWijk) {

    public Summary {
        byWijk = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byWijk));
    }

    /** The detection figures of one wijk. */
    public record Wijk(int episodes, int detected, double meanDaysToDetection, double meanDaysUnseen,
            double meanActiveKeyPersons) {
    }

    public double detectedShare() {
        return episodes == 0 ? Double.NaN : (double) episodesDetected / episodes;
    }

    /** Every figure by name, wijk figures as {@code wijk.WK093502.meanDaysUnseen}. */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("incidents", (double) incidents);
        m.put("signals", (double) signals);
        m.put("sightings", (double) sightings);
        m.put("episodes", (double) episodes);
        m.put("episodesDetected", (double) episodesDetected);
        m.put("detectedShare", detectedShare());
        m.put("meanDaysToDetection", meanDaysToDetection);
        m.put("meanDaysUnseen", meanDaysUnseen);
        m.put("alerts", (double) alerts);
        m.put("interventions", (double) interventions);
        m.put("withdrawals", (double) withdrawals);
        m.put("interventionsClosed", (double) interventionsClosed);
        m.put("escalations", (double) escalations);
        m.put("peakScore", peakScore);
        m.put("cellDaysTense", (double) cellDaysTense);
        m.put("cellDaysHeated", (double) cellDaysHeated);
        m.put("meanDaysToAssessment", meanDaysToAssessment);
        m.put("overdueAssessments", (double) overdueAssessments);
        m.put("maxBacklog", (double) maxBacklog);
        m.put("assessmentsPerStaffWeek", assessmentsPerStaffWeek);
        m.put("pollAnswers", (double) pollAnswers);
        m.put("keyPersonsAtEnd", (double) keyPersonsAtEnd);
        byWijk.forEach((code, w) -> {
            m.put("wijk." + code + ".episodes", (double) w.episodes());
            m.put("wijk." + code + ".detected", (double) w.detected());
            m.put("wijk." + code + ".meanDaysToDetection", w.meanDaysToDetection());
            m.put("wijk." + code + ".meanDaysUnseen", w.meanDaysUnseen());
            m.put("wijk." + code + ".meanActiveKeyPersons", w.meanActiveKeyPersons());
        });
        return m;
    }
}
