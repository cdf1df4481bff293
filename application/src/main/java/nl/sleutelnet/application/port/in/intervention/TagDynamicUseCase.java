package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** Tags a dynamic of the case with a polarisation role (coordinator): a dynamic, never a person. */
public interface TagDynamicUseCase {

    Intervention tagDynamic(Actor actor, TagDynamicCommand command);
}
