package nl.sleutelnet.adapters.persistence.memory.planted;

import nl.sleutelnet.adapters.web.api.ApiMapper;

/** Planted violation: the persistence adapter knowing the web adapter. */
public class PersistenceUsingWeb {

    public ApiMapper mapper() {
        return ApiMapper.INSTANCE;
    }
}
