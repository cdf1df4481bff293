package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** Removes a tagged dynamic (coordinator). */
public interface RemoveDynamicUseCase {

    Intervention removeDynamic(Actor actor, RemoveDynamicCommand command);
}
