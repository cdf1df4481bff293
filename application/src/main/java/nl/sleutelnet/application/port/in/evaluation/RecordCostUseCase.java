package nl.sleutelnet.application.port.in.evaluation;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.programme.Programme;

/** Records money the programme spent, on a day or over a period, optionally for one intervention. */
public interface RecordCostUseCase {

    Programme recordCost(Actor actor, CostCommand command);

    /** Removes a cost recorded by mistake (record the right one again). */
    Programme removeCost(Actor actor, RemoveCostCommand command);
}
