package nl.sleutelnet.domain.programme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Year;
import java.util.UUID;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * Money the programme may spend: from a source, for a purpose, the same amount every calendar year from
 * {@code fromYear} to {@code toYear} (both included), on a decision (a council or college decision, a letter).
 */
public record FundingLine(UUID id, String source, String purpose, int fromYear, int toYear, Money perYear,
        String decision) {

    public static final int MAX_TEXT = 300;

    public FundingLine {
        checkNotNull(id, "id");
        source = Invariants.requireText(source, MAX_TEXT, "programme.funding.source", "The source of the money");
        purpose = Invariants.requireText(purpose, MAX_TEXT, "programme.funding.purpose", "What the money is for");
        Invariants.require(fromYear >= 2000 && toYear <= 2100 && toYear >= fromYear, "programme.funding.years",
                "A funding line runs from a year to the same or a later year between 2000 and 2100; it was %s to %s.",
                fromYear, toYear);
        checkNotNull(perYear, "perYear");
        decision = decision == null ? "" : decision.strip();
        Invariants.require(decision.length() <= MAX_TEXT, "programme.funding.decision",
                "The decision may be at most %d characters.", MAX_TEXT);
    }

    /** The total over every year of the line. */
    public Money total() {
        return new Money(Math.multiplyExact(perYear.cents(), (long) (toYear - fromYear + 1)));
    }

    /**
     * The part of the line that falls in {@code [from, to]}: for every year of the line, its amount × the days of the
     * year inside the period / the days of that year.
     */
    public Money budgetWithin(LocalDate from, LocalDate to) {
        Money sum = Money.ZERO;
        for (int year = Math.max(fromYear, from.getYear()); year <= Math.min(toYear, to.getYear()); year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            LocalDate start = from.isAfter(first) ? from : first;
            LocalDate end = to.isBefore(last) ? to : last;
            long days = end.toEpochDay() - start.toEpochDay() + 1;
            sum = sum.plus(perYear.share(days, Year.of(year).length()));
        }
        return sum;
    }
}
