package nl.sleutelnet.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A pointer for adjustment ("aanwijzing voor bijsturing"): a pattern in the figures the coordinator should look at.
 * It is a question, not a conclusion. The arguments fill in the sentence of its kind (names and numbers that are
 * shown elsewhere in the report; never a suppressed number).
 */
public record Pointer(Kind kind, List<String> arguments) {

    public enum Kind {
        /** {0} wijk, {1} theme, {2} buurten without key person on the theme, {3} days above calm now, {4} before. */
        WHITE_SPOTS_WHERE_WARMER,
        /** {0} wijk, {1} overdue share in the wijk (percent), {2} in the area (percent). */
        OVERDUE_CONCENTRATED,
        /** {0} joined, {1} departed (shown values). */
        NETWORK_SHRINKING,
        /** {0} members whose leaving cuts others off (shown value). */
        SINGLE_POINTS_OF_FAILURE,
        /** {0} withdrawals on a justification, {1} with exit criteria met (shown values). */
        WITHDRAWALS_MOSTLY_JUSTIFIED,
        /** {0} median hours to assessment now, {1} before. */
        ASSESSMENT_SLOWER,
        /** {0} spent, {1} budget (euros). */
        OVER_BUDGET
    }

    public Pointer {
        arguments = ImmutableList.copyOf(arguments);
    }
}
