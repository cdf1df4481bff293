package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.ProgrammeContract;


class MemoryProgrammeTest extends ProgrammeContract {

    @Override
    protected Persistence freshInstallation() {
        return MemoryPersistence.maastricht();
    }
}
