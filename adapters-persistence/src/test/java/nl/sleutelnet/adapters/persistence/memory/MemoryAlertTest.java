package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.adapters.persistence.AlertContract;
import nl.sleutelnet.adapters.persistence.Persistence;

class MemoryAlertTest extends AlertContract {

    @Override
    protected Persistence freshInstallation() {
        return MemoryPersistence.maastricht();
    }
}
