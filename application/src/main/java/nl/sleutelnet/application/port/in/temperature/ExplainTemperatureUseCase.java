package nl.sleutelnet.application.port.in.temperature;

import nl.sleutelnet.domain.access.Actor;

/**
 * The temperature of one buurt × theme now, with the signals and poll answers behind it: for the coordinator on
 * every buurt, for a professional on their own buurten (whose signals they may read). An unknown buurt or theme is
 * NOT_FOUND.
 */
public interface ExplainTemperatureUseCase {

    TemperatureExplanation explainTemperature(Actor actor, TemperatureCell cell);
}
