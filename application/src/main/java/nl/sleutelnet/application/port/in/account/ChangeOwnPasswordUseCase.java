package nl.sleutelnet.application.port.in.account;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;

/** A user changes their own password; the current one must be given. */
public interface ChangeOwnPasswordUseCase {

    void changeOwnPassword(Actor actor, ChangeOwnPasswordCommand command);
}
