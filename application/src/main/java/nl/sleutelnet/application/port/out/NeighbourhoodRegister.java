package nl.sleutelnet.application.port.out;

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
}
