package nl.sleutelnet.application.port.in.temperature;

import nl.sleutelnet.domain.access.Actor;

/** The daily temperature of one buurt × theme over a period: figures only, for everyone who may see temperatures. */
public interface ShowTemperatureSeriesUseCase {

    TemperatureSeries showTemperatureSeries(Actor actor, TemperatureSeriesQuery query);
}
