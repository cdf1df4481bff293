package nl.sleutelnet.adapters.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.Username;
import nl.sleutelnet.adapters.persistence.shared.AccountConflicts;

public final class MemoryAccountRepository implements AccountRepository {

    private final VersionedMap<AccountId, Account> accounts = new VersionedMap<>("Account", Account::id,
            Account::version, (a, v) -> {
                Account.Snapshot s = a.snapshot();
                return Account.reconstitute(new Account.Snapshot(s.id(), s.username(), s.displayName(), s.roles(),
                        s.neighbourhoods(), s.email(), s.passwordHash(), s.enabled(), s.createdAt(), v));
            });

    @Override
    public Optional<Account> findById(AccountId id) {
        return accounts.get(id);
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return accounts.find(a -> a.username().equals(username));
    }

    @Override
    public List<Account> findAll() {
        return accounts.values().stream().sorted(Comparator.comparing(a -> a.username().value())).toList();
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public Account save(Account account) {
        return accounts.save(account, others -> {
            if (others.stream().anyMatch(o -> o.username().equals(account.username()))) {
                throw AccountConflicts.usernameTaken(account.username());
            }
        });
    }
}
