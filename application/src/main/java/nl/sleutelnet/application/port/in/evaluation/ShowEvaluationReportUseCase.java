package nl.sleutelnet.application.port.in.evaluation;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.evaluation.EvaluationReport;

/**
 * The period report for the coordinator and analysts: figures only, never a person. An analyst always gets small
 * numbers suppressed; the coordinator may ask for every number.
 */
public interface ShowEvaluationReportUseCase {

    EvaluationReport showReport(Actor actor, EvaluationQuery query);
}
