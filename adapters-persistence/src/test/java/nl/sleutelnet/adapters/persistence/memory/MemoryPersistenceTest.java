package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.PersistenceContract;

class MemoryPersistenceTest extends PersistenceContract {

    @Override
    protected Persistence freshInstallation() {
        return MemoryPersistence.maastricht();
    }
}
