package nl.sleutelnet.adapters.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.sleutelnet.application.port.out.ApiTokenRepository;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.account.ApiTokenId;

public final class MemoryApiTokenRepository implements ApiTokenRepository {

    private final Map<ApiTokenId, ApiToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<ApiToken> findById(ApiTokenId id) {
        return Optional.ofNullable(tokens.get(id));
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return tokens.values().stream().filter(t -> t.secretHash().equals(secretHash)).findFirst();
    }

    @Override
    public List<ApiToken> findByAccount(AccountId accountId) {
        return tokens.values().stream().filter(t -> t.accountId().equals(accountId))
                .sorted(Comparator.comparing(ApiToken::issuedAt).reversed().thenComparing(t -> t.id().value()))
                .toList();
    }

    @Override
    public void save(ApiToken token) {
        tokens.put(token.id(), token);
    }
}
