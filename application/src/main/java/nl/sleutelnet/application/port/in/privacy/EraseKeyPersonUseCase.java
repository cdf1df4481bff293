package nl.sleutelnet.application.port.in.privacy;

import nl.sleutelnet.domain.access.Actor;

/**
 * Erases a key person's personal data (GDPR article 17) while the figures stay: the record keeps only its id, buurten
 * and lifecycle dates; ties and nominations they made are removed; signals, poll answers and interventions lose the
 * link to them (placeholders that point at nobody) and their own free text. One line goes into the deletion register.
 * The coordinator may erase anyone ({@code ERASE_KEY_PERSONS}); a key person through self-service only themselves
 * ({@code ERASE_OWN_DATA}, with the reason {@code DATA_SUBJECT_REQUEST}). Erasing an erased key person is refused
 * ({@code erasure.already-erased}).
 */
public interface EraseKeyPersonUseCase {

    ErasureReport eraseKeyPerson(Actor actor, EraseKeyPersonCommand command);
}
