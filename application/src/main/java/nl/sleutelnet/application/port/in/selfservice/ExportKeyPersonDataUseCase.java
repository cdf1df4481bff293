package nl.sleutelnet.application.port.in.selfservice;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;

/**
 * Everything Sleutelnet holds on one key person (GDPR art. 15): for the coordinator on the key person's request, and
 * for the key person themself through their personal link. Recorded in the audit log as a read of personal data.
 */
public interface ExportKeyPersonDataUseCase {

    KeyPersonDataExport exportKeyPersonData(Actor actor, UUID keyPersonId);
}
