package nl.sleutelnet.application.port.in.network;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.shared.Page;

/** A page of key persons, by name; a professional sees only those active in their own buurten. */
public interface SearchKeyPersonsUseCase {

    Page<KeyPerson> searchKeyPersons(Actor actor, KeyPersonQuery query);
}
