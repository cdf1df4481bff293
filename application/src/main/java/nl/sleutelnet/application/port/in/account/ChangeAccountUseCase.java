package nl.sleutelnet.application.port.in.account;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;

/** Changes name, roles, buurten or state. Refused when it would leave no enabled administrator, or when the account changed meanwhile (STALE). */
public interface ChangeAccountUseCase {

    Account changeAccount(Actor actor, ChangeAccountCommand command);
}
