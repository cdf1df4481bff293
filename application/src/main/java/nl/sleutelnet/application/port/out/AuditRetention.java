package nl.sleutelnet.application.port.out;

import java.time.Instant;

/**
 * Deletes audit entries whose retention term ran out: the one way entries leave the audit log. The JDBC adapter's
 * database lets nothing younger than a year go ({@link nl.sleutelnet.domain.privacy.RetentionTerms#AUDIT_FLOOR}),
 * whoever asks; entries it keeps are simply left for a later run.
 */
public interface AuditRetention {

    /** Deletes the entries of {@code cutoff} or earlier; returns how many went. */
    int deleteEntriesUntil(Instant cutoff);
}
