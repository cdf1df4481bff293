/**
 * The data subject's rights for key persons: access (art. 15, {@link ExportKeyPersonDataUseCase}), correction
 * (art. 16), withdrawing consent and leaving, and the key person's self-service through a personal link without an
 * account ("Mijn Sleutelnet"). A key person acts as {@link nl.sleutelnet.domain.access.Actor#keyPerson an actor bound
 * to their own id}; every self-service use case checks that the target is that id.
 */
package nl.sleutelnet.application.port.in.selfservice;
