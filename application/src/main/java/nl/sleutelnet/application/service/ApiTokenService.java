package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.util.List;
import nl.sleutelnet.application.port.in.account.ApiTokenIdentity;
import nl.sleutelnet.application.port.in.account.AuthenticateApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.IssueApiTokenCommand;
import nl.sleutelnet.application.port.in.account.IssueApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.IssuedApiToken;
import nl.sleutelnet.application.port.in.account.ListApiTokensUseCase;
import nl.sleutelnet.application.port.in.account.RevokeApiTokenUseCase;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.application.port.out.ApiTokenRepository;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.SecretSource;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.account.ApiTokenId;
import nl.sleutelnet.domain.account.ApiTokenSecret;
import nl.sleutelnet.domain.shared.DomainException;

/** API tokens for city systems: issued by an administrator, shown once, stored hashed, revocable. */
public final class ApiTokenService implements IssueApiTokenUseCase, ListApiTokensUseCase, RevokeApiTokenUseCase,
        AuthenticateApiTokenUseCase {

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final SecretSource secrets;
    private final IdGenerator ids;
    private final Clock clock;

    public ApiTokenService(ApiTokenRepository tokens, AccountRepository accounts, SecretSource secrets,
            IdGenerator ids, Clock clock) {
        this.tokens = checkNotNull(tokens, "tokens");
        this.accounts = checkNotNull(accounts, "accounts");
        this.secrets = checkNotNull(secrets, "secrets");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
    }

    @Override
    public IssuedApiToken issueApiToken(Actor actor, IssueApiTokenCommand command) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        Account account = accounts.findById(command.id()).orElseThrow(() -> notFound(command.id()));
        if (!account.enabled()) {
            throw DomainException.conflict("api-token.account-disabled",
                    "Account %s is disabled; enable it before issuing a token to it.", account.username());
        }
        ApiTokenSecret secret = ApiTokenSecret.fromRandomBytes(secrets.randomBytes(ApiTokenSecret.RANDOM_BYTES));
        ApiToken token = ApiToken.issue(new ApiTokenId(ids.newId()), account.id(), command.name(), secret,
                clock.instant(), actor.accountId());
        tokens.save(token);
        return new IssuedApiToken(token, secret);
    }

    @Override
    public List<ApiToken> listApiTokens(Actor actor, AccountId accountId) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        accounts.findById(accountId).orElseThrow(() -> notFound(accountId));
        return tokens.findByAccount(accountId);
    }

    @Override
    public ApiToken revokeApiToken(Actor actor, AccountId accountId, ApiTokenId tokenId) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        ApiToken token = tokens.findById(tokenId).filter(t -> t.accountId().equals(accountId))
                .orElseThrow(() -> DomainException.notFound("api-token.not-found",
                        "Account %s has no API token with id %s.", accountId, tokenId));
        ApiToken revoked = token.revoke(clock.instant());
        tokens.save(revoked);
        return revoked;
    }

    @Override
    public ApiTokenIdentity authenticateApiToken(String presentedSecret) {
        if (!ApiTokenSecret.looksLikeToken(presentedSecret)) {
            throw refused();
        }
        String hash = ApiTokenSecret.parse(presentedSecret).hash();
        return tokens.findBySecretHash(hash)
                .filter(ApiToken::isActive)
                .flatMap(token -> accounts.findById(token.accountId()).filter(Account::enabled)
                        .map(account -> new ApiTokenIdentity(account.asActor(), token.id(), token.name())))
                .orElseThrow(ApiTokenService::refused);
    }

    private static DomainException refused() {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, "api-token.refused",
                "The API token is unknown, revoked, or belongs to a disabled account. Ask an administrator for a "
                        + "valid token.");
    }

    private static DomainException notFound(AccountId id) {
        return DomainException.notFound("account.not-found", "There is no account with id %s.", id);
    }
}
