package nl.sleutelnet.application.port.in.audit;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditEntry;

/**
 * Records that personal data was given to a third party (an export, a file, a share), with the recipient and the legal
 * basis, in the audit log. Every export that hands personal data outside the municipality calls it in the same
 * transaction as the export. Needs RECORD_DISCLOSURES.
 */
public interface RecordDisclosureUseCase {

    AuditEntry recordDisclosure(Actor actor, RecordDisclosureCommand command);
}
