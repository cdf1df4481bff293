package nl.sleutelnet.application.port.out;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.account.ApiTokenId;

public interface ApiTokenRepository {

    Optional<ApiToken> findById(ApiTokenId id);

    /** The token whose secret has this SHA-256 hash, revoked or not. */
    Optional<ApiToken> findBySecretHash(String secretHash);

    /** An account's tokens, newest first. */
    List<ApiToken> findByAccount(AccountId accountId);

    /** Stores a new token or the revocation of an existing one. */
    void save(ApiToken token);
}
