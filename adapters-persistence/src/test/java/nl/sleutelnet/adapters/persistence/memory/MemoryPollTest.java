package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.PollContract;

class MemoryPollTest extends PollContract {

    @Override
    protected Persistence freshInstallation() {
        return MemoryPersistence.maastricht();
    }
}
