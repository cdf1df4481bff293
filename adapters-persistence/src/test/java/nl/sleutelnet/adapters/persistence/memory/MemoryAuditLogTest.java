package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.adapters.persistence.AuditLogContract;
import nl.sleutelnet.adapters.persistence.Persistence;

class MemoryAuditLogTest extends AuditLogContract {

    @Override
    protected Persistence freshInstallation() {
        return MemoryPersistence.maastricht();
    }
}
