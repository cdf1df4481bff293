package nl.sleutelnet.application.port.out;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.Username;

public interface AccountRepository {

    Optional<Account> findById(AccountId id);

    Optional<Account> findByUsername(Username username);

    /** All accounts ordered by username. */
    List<Account> findAll();

    long count();

    /**
     * Stores a new account (version 0) or a changed one, checking the version as
     * {@link ThemeRepository#save} does. A second account with the same username is refused with a
     * {@link nl.sleutelnet.domain.shared.DomainException} of kind CONFLICT.
     *
     * @return the account as stored, with its new version
     */
    Account save(Account account);
}
