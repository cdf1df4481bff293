package nl.sleutelnet.application.port.in.temperature;

import nl.sleutelnet.domain.access.Actor;

/**
 * The temperature of every buurt on one or all active themes, now, with the roll-up per wijk and for the city:
 * figures without persons, for the coordinator, professionals and analysts.
 */
public interface ShowTemperatureMapUseCase {

    TemperatureMapReport showTemperatureMap(Actor actor, TemperatureMapQuery query);

    /**
     * The figure of one buurt × theme now, the same as the map's for that cell, worked out from that cell's evidence
     * only: a buurt's page needs no other cell. A theme no longer active may be asked for, as on the map.
     */
    CellTemperature showTemperature(Actor actor, TemperatureCell cell);
}
