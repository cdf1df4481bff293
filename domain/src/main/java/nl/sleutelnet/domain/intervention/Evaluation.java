package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.domain.shared.Invariants;

/**
 * What closing an intervention requires: the outcome, the lessons learned and the follow-up, typed by staff, and the
 * scope's temperature when the intervention started and when it closed, <em>computed</em> by the application with the
 * temperature model ({@link ScopeTemperature#computedFrom}) and never typed. When and by whom is on the timeline
 * ({@code CLOSED}).
 *
 * @param computedAtStart the scope's temperature at the moment the intervention started
 * @param computedAtClose the scope's temperature at the moment it closed
 */
public record Evaluation(Outcome outcome, String lessons, String followUp, ScopeTemperature computedAtStart,
        ScopeTemperature computedAtClose) {

    public Evaluation {
        checkNotNull(outcome, "outcome");
        lessons = InterventionText.required(lessons, InterventionText.MAX_LENGTH, "The lessons learned");
        followUp = InterventionText.required(followUp, InterventionText.MAX_LENGTH, "The follow-up");
        checkNotNull(computedAtStart, "computedAtStart");
        checkNotNull(computedAtClose, "computedAtClose");
        Invariants.require(!computedAtClose.asOf().isBefore(computedAtStart.asOf()), "intervention.evaluation.order",
                "The temperature at the close (%s) cannot be from before the start (%s).", computedAtClose.asOf(),
                computedAtStart.asOf());
    }

    /** Whether the scope is at a lower level at the close than at the start. */
    public boolean cooledDown() {
        return computedAtStart.highestLevel().isAbove(computedAtClose.highestLevel());
    }
}
