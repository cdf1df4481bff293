package nl.sleutelnet.application.port.in.privacy;

import nl.sleutelnet.domain.access.Actor;

/**
 * The processing register (GDPR article 30), generated from the purposes the audit log records and the configured
 * retention terms: one activity per purpose, in Dutch, also as Markdown ({@link ProcessingRegister#markdown()}).
 */
public interface ShowProcessingRegisterUseCase {

    ProcessingRegister showProcessingRegister(Actor actor);
}
