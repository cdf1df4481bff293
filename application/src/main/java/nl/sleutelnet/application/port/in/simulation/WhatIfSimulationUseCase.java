package nl.sleutelnet.application.port.in.simulation;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;

/**
 * "Wat als": the current network against the same network with key persons taken out of or added to wijken,
 * simulated over several seeds on a synthetic city (nothing real is changed or stored). A run takes a while: starting
 * one gives a job to ask after. Only aggregate figures go in and come out; no person is named.
 */
public interface WhatIfSimulationUseCase {

    SimulationJob startWhatIfSimulation(Actor actor, WhatIfSimulationCommand command);

    /** The job as it is now; a job of someone else is answered as unknown. */
    SimulationJob showSimulationJob(Actor actor, UUID jobId);
}
