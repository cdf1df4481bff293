package nl.sleutelnet.domain.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * An amount in euros, kept as whole cents so that sums are exact (never a {@code double}). Programme money is never
 * negative: a correction is made by removing the wrong cost and recording the right one.
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    /** One hundred million euros: far above any budget line of this programme; a larger figure is a typing error. */
    public static final long MAX_CENTS = 100_000_000_00L;

    public Money {
        Invariants.require(cents >= 0 && cents <= MAX_CENTS, "money.invalid",
                "An amount is between € 0 and € 100.000.000; it was %s cents.", cents);
    }

    public static Money euros(long euros) {
        return new Money(Math.multiplyExact(euros, 100));
    }

    /** An amount in euros with at most two decimals, such as {@code 1250.50}. */
    public static Money of(BigDecimal euros) {
        Invariants.require(euros != null && euros.signum() >= 0 && euros.stripTrailingZeros().scale() <= 2,
                "money.invalid", "An amount is a number of euros with at most two decimals, not negative; it was %s.",
                euros);
        Invariants.require(euros.compareTo(BigDecimal.valueOf(MAX_CENTS, 2)) <= 0, "money.invalid",
                "An amount is at most € 100.000.000; it was %s.", euros);
        return new Money(euros.movePointRight(2).longValueExact());
    }

    public BigDecimal euros() {
        return BigDecimal.valueOf(cents, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    /** What is left of this amount after {@code other}; may be negative, so it is a plain number of cents. */
    public long minusCents(Money other) {
        return cents - other.cents;
    }

    /** This amount × {@code numerator / denominator}, rounded half up to a cent: a pro-rata share. */
    public Money share(long numerator, long denominator) {
        if (numerator == denominator) {
            return this;
        }
        return new Money(BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact());
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return "EUR " + euros().toPlainString();
    }
}
