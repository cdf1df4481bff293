package nl.sleutelnet.application.port.out;

import java.util.List;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;

/**
 * The audit log, append-only: there is no way to change or remove an entry through this port (and the JDBC adapter's
 * database refuses UPDATE and DELETE on it). Appending takes part in the caller's transaction, so an entry of a change
 * is kept exactly when the change is.
 */
public interface AuditLog {

    /** Adds one entry; an entry with an id that is already there is refused. */
    void append(AuditEntry entry);

    /** The entries the filter selects, newest first (entries of the same moment: the later appended first). */
    Page<AuditEntry> search(AuditFilter filter, PageRequest page);

    /** Every entry the filter selects, newest first, at most {@code limit}. */
    List<AuditEntry> export(AuditFilter filter, int limit);
}
