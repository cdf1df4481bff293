package nl.sleutelnet.application.port.in.audit;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditEntry;

/**
 * Every entry that matches the filters (the page is ignored), newest first, for a CSV file; refused with
 * {@code audit.export.too-large} above {@value #MAX_ENTRIES} entries. Needs VIEW_AUDIT.
 */
public interface ExportAuditLogUseCase {

    int MAX_ENTRIES = 50_000;

    List<AuditEntry> exportAuditLog(Actor actor, AuditQuery query);
}
