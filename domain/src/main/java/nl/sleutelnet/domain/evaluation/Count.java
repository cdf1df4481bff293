package nl.sleutelnet.domain.evaluation;

import java.util.Objects;

/**
 * A number in a report that counts persons or what persons did (key persons, signals, interventions). Below the
 * minimum of {@link SmallCells} it is suppressed: it shows as "&lt; 5" and has no value, so no screen, CSV, JSON or
 * PDF can reveal it. Zero is shown: "nobody" singles nobody out.
 */
public final class Count {

    private final int raw;
    private final boolean suppressed;
    private final int minimum;

    Count(int raw, boolean suppressed, int minimum) {
        if (raw < 0) {
            throw new IllegalArgumentException("a count is never negative: " + raw);
        }
        this.raw = raw;
        this.suppressed = suppressed;
        this.minimum = minimum;
    }

    /** The number, or null when it is suppressed. */
    public Integer value() {
        return suppressed ? null : raw;
    }

    public boolean suppressed() {
        return suppressed;
    }

    /** As shown to people: the number, or "&lt; 5" when suppressed. */
    public String shown() {
        return suppressed ? "< " + minimum : Integer.toString(raw);
    }

    /** The number as counted, for figures computed from it inside the report; never shown. */
    int raw() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Count c && c.raw == raw && c.suppressed == suppressed && c.minimum == minimum;
    }

    @Override
    public int hashCode() {
        return Objects.hash(raw, suppressed, minimum);
    }

    @Override
    public String toString() {
        return shown();
    }
}
