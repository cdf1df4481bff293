package nl.sleutelnet.application.port.in.account;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiToken;

public interface ListApiTokensUseCase {

    /** An account's tokens, revoked ones included, newest first. */
    List<ApiToken> listApiTokens(Actor actor, AccountId accountId);
}
