package nl.sleutelnet.application.port.in.account;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;

/** One account; NOT_FOUND when there is none with this id. */
public interface ShowAccountUseCase {

    Account showAccount(Actor actor, AccountId id);
}
