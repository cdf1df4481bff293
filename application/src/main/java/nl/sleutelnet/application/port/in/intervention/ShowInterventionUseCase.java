package nl.sleutelnet.application.port.in.intervention;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;

/**
 * One intervention with what is computed for today: overdue tasks, the scope's daily temperatures for the chart, and
 * whether the municipality may step back now and why (not).
 */
public interface ShowInterventionUseCase {

    InterventionDetails showIntervention(Actor actor, UUID interventionId);
}
