package nl.sleutelnet.adapters.web.planted;

import nl.sleutelnet.adapters.persistence.memory.MemoryPersistence;

/** Planted violation: the web adapter reaching into the persistence adapter. */
public class WebUsingPersistence {

    public long accounts(MemoryPersistence persistence) {
        return persistence.accounts().count();
    }
}
