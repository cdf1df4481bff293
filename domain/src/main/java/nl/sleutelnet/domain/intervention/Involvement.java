package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The municipality's role in an intervention, from most to least involved: op- en afschalen, terugtrekken. The
 * municipality adds professional help where the neighbourhood cannot carry the tension itself and steps back when that
 * is possible and responsible.
 *
 * <p>The ladder: any change to another level is allowed, up or down, by one step or more (the issue's own example
 * steps back from LEAD to MONITOR at once, and scaling up in a crisis must not wait for steps). Only the step down to
 * {@link #WITHDRAWN} is guarded: {@link Intervention#withdraw} allows it when the scope's temperature stayed at or
 * below the exit level for the exit period, or with a recorded justification. From WITHDRAWN every other level is a
 * step up, and always allowed: tension may return.
 */
public enum Involvement {
    /** The municipality leads (regie en uitvoering). */
    LEAD,
    /** The municipality contributes; others lead (bijdragen). */
    CONTRIBUTE,
    /** The municipality watches from a distance (monitoren). */
    MONITOR,
    /** The municipality has stepped back; the neighbourhood carries it (teruggetrokken). */
    WITHDRAWN;

    /** Whether this is a more involved level than {@code other}: LEAD is above CONTRIBUTE. */
    public boolean isAbove(Involvement other) {
        checkNotNull(other, "other");
        return compareTo(other) < 0;
    }
}
