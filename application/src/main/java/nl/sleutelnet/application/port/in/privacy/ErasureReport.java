package nl.sleutelnet.application.port.in.privacy;

import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.privacy.DeletionRecord;

/**
 * What an erasure did: the key person's record (it now names nobody) and the line of the deletion register with the
 * counts per kind.
 */
public record ErasureReport(KeyPersonId keyPersonId, DeletionRecord record) {
}
