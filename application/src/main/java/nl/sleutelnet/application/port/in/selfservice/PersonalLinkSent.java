package nl.sleutelnet.application.port.in.selfservice;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal link was made and mailed.
 *
 * @param keyPersonId whom it was sent to
 * @param expiresAt   until when it works
 */
public record PersonalLinkSent(UUID keyPersonId, Instant expiresAt) {
}
