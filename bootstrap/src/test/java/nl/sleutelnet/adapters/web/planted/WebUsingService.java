package nl.sleutelnet.adapters.web.planted;

import nl.sleutelnet.application.service.GeographyService;

/** Planted violation: an adapter that calls a service instead of its port. */
public class WebUsingService {

    public int districts(GeographyService service) {
        return service.listDistricts(nl.sleutelnet.domain.access.Actor.system()).size();
    }
}
