package nl.sleutelnet.application.port.in.intervention;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.shared.Page;

/**
 * The intervention board: filtered by status, involvement, buurt, theme and owner, most recently planned first. A
 * professional sees the interventions whose scope touches their buurten, that they own or with a task for them.
 */
public interface SearchInterventionsUseCase {

    Page<InterventionSummary> searchInterventions(Actor actor, InterventionQuery query);
}
