package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.adapters.persistence.NetworkContract;
import nl.sleutelnet.adapters.persistence.Persistence;

class MemoryNetworkTest extends NetworkContract {

    @Override
    protected Persistence freshInstallation() {
        return MemoryPersistence.maastricht();
    }
}
