package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;

/** Another scope for a planned intervention (coordinator); a running one keeps its scope. */
public interface ChangeInterventionScopeUseCase {

    Intervention changeScope(Actor actor, ChangeScopeCommand command);
}
