package nl.sleutelnet.application.port.in.account;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.account.ApiTokenId;

public interface RevokeApiTokenUseCase {

    /** Ends a token at once; a request with it is refused from then on. */
    ApiToken revokeApiToken(Actor actor, ApiTokenId tokenId);
}
