package nl.sleutelnet.adapters.persistence.jdbc;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.ApiTokenRow;
import nl.sleutelnet.application.port.out.ApiTokenRepository;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.account.ApiTokenId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcApiTokenRepository implements ApiTokenRepository {

    private static final String SELECT =
            "select id, account_id, name, secret_hash, issued_at, issued_by, revoked_at from api_token";

    private final JdbcClient jdbc;

    public JdbcApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ApiToken> findById(ApiTokenId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(Rows.API_TOKEN).optional()
                .map(JdbcApiTokenRepository::toDomain);
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return jdbc.sql(SELECT + " where secret_hash = ?").param(secretHash).query(Rows.API_TOKEN).optional()
                .map(JdbcApiTokenRepository::toDomain);
    }

    @Override
    public List<ApiToken> findByAccount(AccountId accountId) {
        return jdbc.sql(SELECT + " where account_id = ? order by issued_at desc, id").param(accountId.value())
                .query(Rows.API_TOKEN).list().stream().map(JdbcApiTokenRepository::toDomain).toList();
    }

    @Override
    public void save(ApiToken token) {
        ApiTokenRow row = RowMapper.INSTANCE.toRow(token.snapshot());
        int updated = jdbc.sql("update api_token set revoked_at = :revokedAt where id = :id")
                .paramSource(OptimisticSave.parametersOf(row)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into api_token (id, account_id, name, secret_hash, issued_at, issued_by, revoked_at)
                    values (:id, :accountId, :name, :secretHash, :issuedAt, :issuedBy, :revokedAt)""")
                    .paramSource(OptimisticSave.parametersOf(row)).update();
        }
    }

    private static ApiToken toDomain(ApiTokenRow row) {
        return ApiToken.reconstitute(RowMapper.INSTANCE.toSnapshot(row));
    }
}
