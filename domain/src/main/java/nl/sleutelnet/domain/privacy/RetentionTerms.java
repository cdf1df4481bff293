package nl.sleutelnet.domain.privacy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * How long Sleutelnet keeps what, after the moment the term starts. The defaults are the municipality's starting
 * point, documented in docs/privacy.md; the audit log is kept at least {@link #AUDIT_FLOOR} (the database refuses to
 * delete entries younger than a year whatever the setting).
 *
 * @param departedKeyPersons  from departure to erasure of the key person's data
 * @param closedSignals       from closing to anonymising the reporter and the text (the figures stay)
 * @param closedInterventions from closing to anonymising participants and notes (type, dates, outcome stay)
 * @param auditEntries        from the entry's moment to its deletion
 */
public record RetentionTerms(Period departedKeyPersons, Period closedSignals, Period closedInterventions,
        Period auditEntries) {

    /** The shortest term for the audit log; the database's trigger holds the same floor. */
    public static final Period AUDIT_FLOOR = Period.ofYears(1);

    public RetentionTerms {
        requirePositive(departedKeyPersons, "departed key persons");
        requirePositive(closedSignals, "closed signals");
        requirePositive(closedInterventions, "closed interventions");
        requirePositive(auditEntries, "audit entries");
        Invariants.require(days(auditEntries) >= days(AUDIT_FLOOR), "retention.audit.too-short",
                "The audit log is kept at least %s; %s is shorter.", AUDIT_FLOOR, auditEntries);
    }

    public static RetentionTerms defaults() {
        return new RetentionTerms(Period.ofYears(1), Period.ofYears(2), Period.ofYears(5), Period.ofYears(5));
    }

    /** The moment before which something whose term started then is due: {@code now - term}, in calendar terms. */
    public static Instant cutoff(Instant now, Period term, ZoneId zone) {
        return now.atZone(zone).minus(term).toInstant();
    }

    private static long days(Period period) {
        return period.toTotalMonths() * 31 + period.getDays();
    }

    private static void requirePositive(Period term, String what) {
        checkNotNull(term, what);
        Invariants.require(!term.isNegative() && !term.isZero(), "retention.term.invalid",
                "The retention term of %s must be longer than nothing; it is %s.", what, term);
    }
}
