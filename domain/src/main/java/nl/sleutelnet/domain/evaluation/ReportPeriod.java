package nl.sleutelnet.domain.evaluation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * The days a report is about: {@code from} to {@code to}, both included, in the municipality's calendar. A calendar
 * year of the programme (2022–2026) or any range of at most ten years.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 3653;

    public ReportPeriod {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        Invariants.require(!to.isBefore(from), "period.reversed",
                "The period ends (%s) before it starts (%s); swap the dates.", to, from);
        Invariants.require(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "period.too-long",
                "A report covers at most ten years; %s to %s is longer.", from, to);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean isCalendarYear() {
        return from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
    }

    /** The number of days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The period just before this one, as long as this one: the calendar year before a calendar year, otherwise the
     * same number of days ending the day before {@link #from()}.
     */
    public ReportPeriod previous() {
        if (isCalendarYear()) {
            return year(from.getYear() - 1);
        }
        return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** The first moment of the period. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period (exclusive end). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant at, ZoneId zone) {
        return !at.isBefore(start(zone)) && at.isBefore(end(zone));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The last day that has happened: {@code to}, or {@code today} when the period has not ended yet. */
    public LocalDate lastDaySeen(LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    @Override
    public String toString() {
        return from + " – " + to;
    }
}
