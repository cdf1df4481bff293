package nl.sleutelnet.application.port.in.account;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;

/** All accounts, ordered by username. */
public interface ListAccountsUseCase {

    List<Account> listAccounts(Actor actor);
}
