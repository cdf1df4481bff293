package nl.sleutelnet.application.port.in.audit;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.shared.Page;

/** The audit viewer: a page of the entries that match the filters, newest first. Needs VIEW_AUDIT. */
public interface SearchAuditLogUseCase {

    Page<AuditEntry> searchAuditLog(Actor actor, AuditQuery query);
}
