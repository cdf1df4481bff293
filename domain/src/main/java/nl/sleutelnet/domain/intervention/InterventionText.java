package nl.sleutelnet.domain.intervention;

import nl.sleutelnet.domain.privacy.FreeTextPolicy;

/**
 * The free text of interventions (titles, goals, parts, tasks, notes, lessons, justifications) is screened as the
 * text of signals is, with its own codes: {@code intervention.text.invalid} and {@code intervention.personal-data}.
 * Public so that commands can check a field before the domain sees it and name the field in their error.
 */
public final class InterventionText {

    public static final int MAX_LENGTH = 2000;
    static final FreeTextPolicy POLICY = new FreeTextPolicy("intervention", MAX_LENGTH,
            "an intervention describes a dynamic in a neighbourhood and the work done on it");

    private InterventionText() {
    }

    public static String required(String text, int max, String what) {
        return POLICY.check(text, true, max, what);
    }

    public static String optional(String text, int max, String what) {
        return POLICY.check(text, false, max, what);
    }
}
