package nl.sleutelnet.application.port.in.geography;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.geography.DistrictCode;

public interface ShowDistrictUseCase {

    /** @throws nl.sleutelnet.domain.shared.DomainException NOT_FOUND when the register has no such wijk */
    DistrictSummary showDistrict(Actor actor, DistrictCode code);
}
