package nl.sleutelnet.application.port.in.geography;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;

/** The register: every wijk with its buurten and inhabitants, ordered by code. */
public interface ListDistrictsUseCase {

    List<DistrictSummary> listDistricts(Actor actor);
}
