package nl.sleutelnet.domain.evaluation;

import nl.sleutelnet.domain.shared.Invariants;

/**
 * The small-cell rule: a count of persons, or of what persons did, from 1 up to {@code minimum - 1} could single
 * someone out and is shown as "&lt; minimum". Figures computed from a suppressed count (a share, a median, a change)
 * are suppressed with it. {@link #off()} shows everything: the coordinator's own view.
 *
 * @param minimum the smallest group shown; 0 shows every number
 */
public record SmallCells(int minimum) {

    public static final int DEFAULT_MINIMUM = 5;

    public SmallCells {
        Invariants.require(minimum >= 0 && minimum <= 100, "evaluation.minimum.invalid",
                "The smallest group shown is 0 to 100; it was %d.", minimum);
    }

    public static SmallCells defaults() {
        return new SmallCells(DEFAULT_MINIMUM);
    }

    public static SmallCells off() {
        return new SmallCells(0);
    }

    public boolean active() {
        return minimum > 1;
    }

    public Count count(int n) {
        return new Count(n, n > 0 && n < minimum, minimum);
    }
}
