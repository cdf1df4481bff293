package nl.sleutelnet.application.port.in.account;

import java.util.Optional;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.AccountId;

/**
 * Asked on every request of a signed-in session: who the account is now. A disabled account ends the session at its
 * next request; changed roles or buurten count from that request on, without signing in again.
 */
public interface ResumeSessionUseCase {

    /** @return the actor as the account is now, or empty when it is disabled or gone */
    Optional<Actor> resumeSession(AccountId account);
}
