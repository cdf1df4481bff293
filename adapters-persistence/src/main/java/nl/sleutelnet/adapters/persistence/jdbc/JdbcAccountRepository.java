package nl.sleutelnet.adapters.persistence.jdbc;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.AccountRow;
import nl.sleutelnet.adapters.persistence.shared.AccountConflicts;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.Username;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcAccountRepository implements AccountRepository {

    private static final String SELECT = """
            select id, username, display_name, roles, neighbourhoods, email, password_hash, enabled, created_at,
                   version
              from account""";

    private final JdbcClient jdbc;
    private final OptimisticSave optimistic;

    public JdbcAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.optimistic = new OptimisticSave(jdbc, "Account", "account", "id");
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(Rows.ACCOUNT).optional()
                .map(JdbcAccountRepository::toDomain);
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return jdbc.sql(SELECT + " where username = ?").param(username.value()).query(Rows.ACCOUNT).optional()
                .map(JdbcAccountRepository::toDomain);
    }

    @Override
    public List<Account> findAll() {
        return jdbc.sql(SELECT + " order by username").query(Rows.ACCOUNT).list().stream()
                .map(JdbcAccountRepository::toDomain).toList();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    @Override
    public Account save(Account account) {
        AccountRow row = RowMapper.INSTANCE.toRow(account.snapshot());
        String sameUsername = "select count(*) from account where username = :username and id <> :id";
        if (jdbc.sql(sameUsername).param("username", row.username()).param("id", row.id()).query(Long.class)
                .single() > 0) {
            throw AccountConflicts.usernameTaken(account.username());
        }
        optimistic.save(row.id(), row.version(), row,
                """
                insert into account (id, username, display_name, roles, neighbourhoods, email, password_hash,
                                     enabled, created_at, version)
                values (:id, :username, :displayName, :roles, :neighbourhoods, :email, :passwordHash, :enabled,
                        :createdAt, :nextVersion)""",
                """
                update account set display_name = :displayName, roles = :roles, neighbourhoods = :neighbourhoods,
                       email = :email, password_hash = :passwordHash, enabled = :enabled, version = :nextVersion
                 where id = :id and version = :version""",
                () -> AccountConflicts.usernameTaken(account.username()));
        return findById(account.id()).orElseThrow();
    }

    private static Account toDomain(AccountRow row) {
        return Account.reconstitute(RowMapper.INSTANCE.toSnapshot(row));
    }
}
