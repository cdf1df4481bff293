package nl.sleutelnet.application.port.in.account;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;

/** An administrator sets a new password for an account. */
public interface SetPasswordUseCase {

    Account setPassword(Actor actor, SetPasswordCommand command);
}
