package nl.sleutelnet.application.port.in.account;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.account.ApiTokenId;

public interface RevokeApiTokenUseCase {

    /**
     * Ends a token of the account at once; a request with it is refused from then on.
     *
     * @throws nl.sleutelnet.domain.shared.DomainException NOT_FOUND when the account has no such token
     */
    ApiToken revokeApiToken(Actor actor, AccountId accountId, ApiTokenId tokenId);
}
