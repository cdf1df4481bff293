package nl.sleutelnet.application.port.in.temperature;

import nl.sleutelnet.domain.access.Actor;

/**
 * The temperature of every buurt on one or all active themes, now, with the roll-up per wijk and for the city:
 * figures without persons, for the coordinator, professionals and analysts.
 */
public interface ShowTemperatureMapUseCase {

    TemperatureMapReport showTemperatureMap(Actor actor, TemperatureMapQuery query);
}
