package nl.sleutelnet.application.port.in.account;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;

/** Creates a personal account. Refused with CONFLICT when the username is taken. */
public interface CreateAccountUseCase {

    Account createAccount(Actor actor, CreateAccountCommand command);
}
