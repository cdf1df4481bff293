package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.SignalContract;

class MemorySignalTest extends SignalContract {

    @Override
    protected Persistence freshInstallation() {
        return MemoryPersistence.maastricht();
    }
}
