package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.account.ChangeAccountCommand;
import nl.sleutelnet.application.port.in.account.ChangeAccountUseCase;
import nl.sleutelnet.application.port.in.account.ChangeOwnPasswordCommand;
import nl.sleutelnet.application.port.in.account.ChangeOwnPasswordUseCase;
import nl.sleutelnet.application.port.in.account.Colleague;
import nl.sleutelnet.application.port.in.account.ListColleaguesUseCase;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.account.ListAccountsUseCase;
import nl.sleutelnet.application.port.in.account.SetPasswordCommand;
import nl.sleutelnet.application.port.in.account.SetPasswordUseCase;
import nl.sleutelnet.application.port.in.account.ShowAccountUseCase;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.application.port.out.PasswordHasher;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.PasswordBlocklist;
import nl.sleutelnet.domain.account.PasswordPolicy;
import nl.sleutelnet.domain.account.Username;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.StaleVersionException;

/** Account administration, and every user's own password. */
public final class AccountService implements CreateAccountUseCase, ListAccountsUseCase, ShowAccountUseCase,
        ChangeAccountUseCase, SetPasswordUseCase, ChangeOwnPasswordUseCase, ListColleaguesUseCase {

    private final AccountRepository accounts;
    private final NeighbourhoodRegister register;
    private final PasswordHasher hasher;
    private final IdGenerator ids;
    private final Clock clock;
    private final PasswordBlocklist blocklist;

    /** Without a list of common passwords: only the context words and patterns are refused (for tests). */
    public AccountService(AccountRepository accounts, NeighbourhoodRegister register, PasswordHasher hasher,
            IdGenerator ids, Clock clock) {
        this(accounts, register, hasher, ids, clock, PasswordBlocklist.contextOnly());
    }

    public AccountService(AccountRepository accounts, NeighbourhoodRegister register, PasswordHasher hasher,
            IdGenerator ids, Clock clock, PasswordBlocklist blocklist) {
        this.blocklist = checkNotNull(blocklist, "blocklist");
        this.accounts = checkNotNull(accounts, "accounts");
        this.register = checkNotNull(register, "register");
        this.hasher = checkNotNull(hasher, "hasher");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
    }

    @Override
    public Account createAccount(Actor actor, CreateAccountCommand command) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        requireKnownNeighbourhoods(command.parsedNeighbourhoods());
        checkBlocklist("password", command.password(), command.parsedUsername());
        accounts.findByUsername(command.parsedUsername()).ifPresent(existing -> {
            throw DomainException.conflict("account.username.taken",
                    "There is already an account '%s'; choose another username.", existing.username());
        });
        Account account = Account.register(new AccountId(ids.newId()), command.parsedUsername(),
                command.displayName(), command.parsedRoles(), command.parsedNeighbourhoods(),
                hasher.hash(command.password()), clock.instant()).changeEmail(command.parsedEmail().orElse(null));
        return accounts.save(account);
    }

    @Override
    public List<Account> listAccounts(Actor actor) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        return accounts.findAll();
    }

    @Override
    public List<Colleague> listColleagues(Actor actor) {
        if (!actor.may(Permission.MANAGE_NETWORK)) {
            actor.require(Permission.HANDLE_SIGNALS);
        }
        return accounts.findAll().stream()
                .filter(a -> a.enabled() && (a.roles().contains(Role.COORDINATOR) || a.roles().contains(Role.PROFESSIONAL)))
                .map(a -> new Colleague(a.id(), a.displayName()))
                .toList();
    }

    @Override
    public Account showAccount(Actor actor, AccountId id) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        return find(id);
    }

    @Override
    public Account changeAccount(Actor actor, ChangeAccountCommand command) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        Account current = find(command.id());
        if (current.version() != command.expectedVersion()) {
            throw new StaleVersionException("Account", current.username(), command.expectedVersion(),
                    current.version());
        }
        requireKnownNeighbourhoods(command.parsedNeighbourhoods());
        Account changed = current.changeProfile(command.displayName(), command.parsedRoles(),
                command.parsedNeighbourhoods()).changeEmail(command.parsedEmail().orElse(null));
        changed = command.enabled() ? changed.enable() : changed.disable();
        if (current.isActiveAdmin() && !changed.isActiveAdmin()
                && accounts.findAll().stream().filter(Account::isActiveAdmin).count() <= 1) {
            throw DomainException.conflict("account.last-admin",
                    "%s is the only enabled administrator: give another account the role ADMIN first, so that "
                            + "someone can still manage Sleutelnet.", current.username());
        }
        return accounts.save(changed);
    }

    @Override
    public Account setPassword(Actor actor, SetPasswordCommand command) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        Account account = find(command.id());
        checkPassword("newPassword", command.newPassword(), account);
        return accounts.save(account.changePassword(hasher.hash(command.newPassword())));
    }

    @Override
    public void changeOwnPassword(Actor actor, ChangeOwnPasswordCommand command) {
        Account own = accounts.findById(actor.accountId()).orElseThrow(() -> new DomainException(
                DomainException.Kind.FORBIDDEN, "account.not-personal",
                "Only a personal account can change its password."));
        if (!hasher.matches(command.currentPassword(), own.passwordHash())) {
            throw InvalidCommandException.of("currentPassword", "account.password.wrong",
                    "The current password is not correct.");
        }
        checkPassword("newPassword", command.newPassword(), own);
        accounts.save(own.changePassword(hasher.hash(command.newPassword())));
    }

    private void checkPassword(String field, String password, Account account) {
        try {
            PasswordPolicy.check(password, account.username());
        } catch (DomainException e) {
            throw InvalidCommandException.of(field, e.code(), e.getMessage());
        }
        checkBlocklist(field, password, account.username());
    }

    private void checkBlocklist(String field, String password, Username username) {
        try {
            blocklist.check(password, username);
        } catch (DomainException e) {
            throw InvalidCommandException.of(field, e.code(), e.getMessage());
        }
    }

    private Account find(AccountId id) {
        return accounts.findById(id).orElseThrow(() -> DomainException.notFound("account.not-found",
                "There is no account with id %s.", id));
    }

    private void requireKnownNeighbourhoods(Set<NeighbourhoodCode> codes) {
        List<FieldViolation> unknown = new ArrayList<>();
        for (NeighbourhoodCode code : codes) {
            if (register.neighbourhood(code).isEmpty()) {
                unknown.add(new FieldViolation("neighbourhoods", "neighbourhood.not-found",
                        "There is no buurt " + code + " in the register."));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidCommandException(unknown);
        }
    }
}
