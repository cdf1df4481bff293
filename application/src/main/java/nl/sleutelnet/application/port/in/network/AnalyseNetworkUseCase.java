package nl.sleutelnet.application.port.in.network;

import java.time.LocalDate;
import nl.sleutelnet.domain.access.Actor;

/** The structure of the network by name (coordinator), with growth and turnover over a period. */
public interface AnalyseNetworkUseCase {

    /**
     * @param from the first day of the period for growth and turnover
     * @param to   the last day of the period (inclusive)
     */
    NetworkReport analyseNetwork(Actor actor, LocalDate from, LocalDate to);
}
