package nl.sleutelnet.domain.evaluation;

/**
 * One figure of this period beside the same figure of the period before. The values are null when a figure is
 * suppressed or cannot be computed, and then the change is null too: a change must not reveal a suppressed number.
 *
 * @param key      what the figure is, e.g. {@code signals.received}
 * @param current  as shown for this period
 * @param previous as shown for the period before
 * @param change   current − previous
 */
public record Comparison(String key, String current, String previous, Double currentValue, Double previousValue,
        Double change) {

    static Comparison of(String key, Count current, Count previous) {
        return of(key, current.shown(), previous.shown(), current.value() == null ? null : (double) current.raw(),
                previous.value() == null ? null : (double) previous.raw());
    }

    static Comparison of(String key, Double current, Double previous, String format) {
        return of(key, current == null ? "–" : String.format(java.util.Locale.ROOT, format, current),
                previous == null ? "–" : String.format(java.util.Locale.ROOT, format, previous), current, previous);
    }

    private static Comparison of(String key, String current, String previous, Double a, Double b) {
        return new Comparison(key, current, previous, a, b, a == null || b == null ? null : a - b);
    }
}
