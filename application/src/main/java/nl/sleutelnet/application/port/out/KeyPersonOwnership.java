package nl.sleutelnet.application.port.out;

import java.util.Optional;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.network.KeyPersonId;

/**
 * Which key person an account belongs to: a key person's own self-service account. The erasure asks it when a key
 * person asks to be forgotten, so that they can erase only themselves. Until self-service is wired, nobody owns a
 * key person ({@link #none()}).
 */
@FunctionalInterface
public interface KeyPersonOwnership {

    Optional<KeyPersonId> keyPersonOf(AccountId account);

    static KeyPersonOwnership none() {
        return account -> Optional.empty();
    }
}
