package nl.sleutelnet.application.port.in.evaluation;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.programme.Programme;

/** Adds a funding line to the programme: a source, a purpose, years and an amount per year. */
public interface AddFundingLineUseCase {

    Programme addFundingLine(Actor actor, FundingLineCommand command);
}
