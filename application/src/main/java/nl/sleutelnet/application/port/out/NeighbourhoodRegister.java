package nl.sleutelnet.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;

/** The municipality's register of wijken and buurten (CBS reference data, loaded with the installation). */
public interface NeighbourhoodRegister {

    /** All wijken, ordered by code. */
    List<District> districts();

    Optional<District> district(DistrictCode code);

    /** All buurten, ordered by code. */
    List<Neighbourhood> neighbourhoods();

    Optional<Neighbourhood> neighbourhood(NeighbourhoodCode code);

    /**
     * Holds the given buurten until the current transaction ends, so that changes to the temperature of one buurt are
     * judged one after the other. Without it two reports about the same buurt made at the same moment each read the
     * evidence without the other (neither is committed yet), and a level that only both together cross would never
     * raise its alert. Taken in the order of the codes, so two holders never wait for each other in a circle. A register
     * that is not in a database (the memory adapter: tests and simulations, one thread per core) holds nothing.
     */
    default void holdForTemperatureWatch(Collection<NeighbourhoodCode> buurten) {
    }
}
