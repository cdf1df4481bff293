package nl.sleutelnet.domain.account;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * An API token an administrator issues to an account, for a city system that calls the REST API. Only the
 * hash of its secret is kept. A revoked token stays on record (who issued it, when it ended) and never
 * works again.
 */
public final class ApiToken {

    public static final int MAX_NAME = 80;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final ApiTokenId id;
    private final AccountId accountId;
    private final String name;
    private final String secretHash;
    private final Instant issuedAt;
    private final AccountId issuedBy;
    private final Instant revokedAt;

    private ApiToken(ApiTokenId id, AccountId accountId, String name, String secretHash, Instant issuedAt,
            AccountId issuedBy, Instant revokedAt) {
        this.id = checkNotNull(id, "id");
        this.accountId = checkNotNull(accountId, "accountId");
        this.name = Invariants.requireText(name, MAX_NAME, "api-token.name.invalid", "The name of a token");
        checkNotNull(secretHash, "secretHash");
        Invariants.require(SHA256_HEX.matcher(secretHash).matches(), "api-token.hash.invalid",
                "A token's stored hash must be 64 lower-case hex digits.");
        this.secretHash = secretHash;
        this.issuedAt = Timestamps.stored(checkNotNull(issuedAt, "issuedAt"));
        this.issuedBy = checkNotNull(issuedBy, "issuedBy");
        Invariants.require(revokedAt == null || !revokedAt.isBefore(issuedAt), "api-token.revoked-before-issued",
                "A token cannot be revoked before it was issued.");
        this.revokedAt = revokedAt == null ? null : Timestamps.stored(revokedAt);
    }

    public static ApiToken issue(ApiTokenId id, AccountId accountId, String name, ApiTokenSecret secret,
            Instant issuedAt, AccountId issuedBy) {
        return new ApiToken(id, accountId, name, secret.hash(), issuedAt, issuedBy, null);
    }

    public static ApiToken reconstitute(Snapshot s) {
        return new ApiToken(s.id(), s.accountId(), s.name(), s.secretHash(), s.issuedAt(), s.issuedBy(),
                s.revokedAt());
    }

    public ApiToken revoke(Instant at) {
        if (revokedAt != null) {
            throw DomainException.conflict("api-token.already-revoked", "Token '%s' was already revoked on %s.", name,
                    revokedAt);
        }
        return new ApiToken(id, accountId, name, secretHash, issuedAt, issuedBy, at);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public boolean matches(ApiTokenSecret secret) {
        return secretHash.equals(secret.hash());
    }

    public ApiTokenId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String secretHash() {
        return secretHash;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public AccountId issuedBy() {
        return issuedBy;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, accountId, name, secretHash, issuedAt, issuedBy, revokedAt);
    }

    /** All state of a token, for storage adapters. */
    public record Snapshot(ApiTokenId id, AccountId accountId, String name, String secretHash, Instant issuedAt,
            AccountId issuedBy, Instant revokedAt) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiToken other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "ApiToken[" + id + " '" + name + "'" + (revokedAt == null ? "" : " revoked") + "]";
    }
}
