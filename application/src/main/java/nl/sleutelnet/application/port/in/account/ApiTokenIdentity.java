package nl.sleutelnet.application.port.in.account;

import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.ApiTokenId;

/**
 * Who a valid API token speaks for, and which token it is: the audit log names the token (the city system) as the
 * origin of every call made with it.
 *
 * @param actor     the account the token belongs to, as it is now
 * @param tokenId   the token
 * @param tokenName the name the administrator gave it, e.g. "zaaksysteem"
 */
public record ApiTokenIdentity(Actor actor, ApiTokenId tokenId, String tokenName) {

    public ApiTokenIdentity {
        checkNotNull(actor, "actor");
        checkNotNull(tokenId, "tokenId");
        checkNotNull(tokenName, "tokenName");
    }
}
