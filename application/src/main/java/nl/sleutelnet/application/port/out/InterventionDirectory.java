package nl.sleutelnet.application.port.out;

import java.util.UUID;

/**
 * Whether an intervention exists, so that a signal can be marked ACTED with the intervention that takes it up.
 * The interventions capability provides it; until then the bootstrap plugs in one that knows none and says so.
 */
public interface InterventionDirectory {

    boolean exists(UUID interventionId);
}
