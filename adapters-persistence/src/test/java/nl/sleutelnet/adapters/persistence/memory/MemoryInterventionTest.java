package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.adapters.persistence.InterventionContract;
import nl.sleutelnet.adapters.persistence.Persistence;

class MemoryInterventionTest extends InterventionContract {

    @Override
    protected Persistence freshInstallation() {
        return MemoryPersistence.maastricht();
    }
}
