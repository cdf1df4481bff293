package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import nl.sleutelnet.application.port.in.account.EnsureInitialAdminUseCase;
import nl.sleutelnet.application.port.in.account.InitialAdminCommand;
import nl.sleutelnet.application.port.in.account.InitialAdminResult;
import nl.sleutelnet.application.port.in.account.ResumeSessionUseCase;
import nl.sleutelnet.application.port.in.account.SignInCommand;
import nl.sleutelnet.application.port.in.account.SignInThrottledException;
import nl.sleutelnet.application.port.in.account.SignInUseCase;
import nl.sleutelnet.application.port.in.account.SignInWithIdentityProviderUseCase;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.application.port.out.AttemptLog;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.PasswordHasher;
import nl.sleutelnet.application.port.out.SecretSource;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.PasswordBlocklist;
import nl.sleutelnet.domain.account.PasswordHash;
import nl.sleutelnet.domain.account.Username;
import nl.sleutelnet.domain.shared.DomainException;

/**
 * Signing in with a password (throttled after failed attempts), resuming a signed-in session as the account is now,
 * and the administrator of the very first start.
 */
public final class SignInService implements SignInUseCase, ResumeSessionUseCase, SignInWithIdentityProviderUseCase,
        EnsureInitialAdminUseCase {

    private static final int GENERATED_PASSWORD_BYTES = 18;

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final SecretSource secrets;
    private final IdGenerator ids;
    private final Clock clock;
    /** Checked when the username is unknown, so that a wrong name takes as long as a wrong password. */
    /**
     * Compared against when the username is unknown, so that a wrong name takes as long as a wrong password: the
     * hasher's {@link PasswordHasher#decoy()}, asked for in the background from construction on (when the hasher has to
     * make one, a bcrypt hash is a noticeable part of a start), ready long before the first sign-in; a sign-in that
     * comes sooner waits for it.
     */
    private final CompletableFuture<PasswordHash> decoy;
    private final SignInThrottle throttle;
    private final PasswordBlocklist blocklist;

    public SignInService(AccountRepository accounts, AttemptLog attempts, PasswordHasher hasher,
            SecretSource secrets, IdGenerator ids, Clock clock) {
        this(accounts, attempts, hasher, secrets, ids, clock, SignInSettings.defaults(),
                PasswordBlocklist.contextOnly());
    }

    /**
     * @param attempts  where failed attempts are counted (shared by the instances on one database)
     * @param blocklist the configured first administrator's password must not be on it
     */
    public SignInService(AccountRepository accounts, AttemptLog attempts, PasswordHasher hasher, SecretSource secrets,
            IdGenerator ids, Clock clock, SignInSettings settings, PasswordBlocklist blocklist) {
        this.blocklist = checkNotNull(blocklist, "blocklist");
        this.accounts = checkNotNull(accounts, "accounts");
        this.hasher = checkNotNull(hasher, "hasher");
        this.secrets = checkNotNull(secrets, "secrets");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
        this.decoy = CompletableFuture.supplyAsync(hasher::decoy);
        this.throttle = new SignInThrottle(settings, attempts);
    }

    @Override
    public Actor signIn(SignInCommand command) {
        Instant now = clock.instant();
        Optional<Instant> refusedUntil = throttle.refusedUntil(command.username(), command.origin(), now);
        if (refusedUntil.isPresent()) {
            throw new SignInThrottledException(refusedUntil.get());
        }
        Optional<Account> account;
        try {
            account = accounts.findByUsername(Username.of(command.username()));
        } catch (DomainException malformedName) {
            account = Optional.empty();
        }
        boolean passwordMatches = hasher.matches(command.password(),
                account.map(Account::passwordHash).orElseGet(decoy::join));
        Optional<Actor> actor = account.filter(a -> passwordMatches && a.enabled()).map(Account::asActor);
        if (actor.isEmpty()) {
            throttle.failed(command.username(), command.origin(), now);
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "sign-in.refused",
                    "The username or password is not correct, or the account is disabled.");
        }
        throttle.succeeded(command.username());
        return actor.get();
    }

    @Override
    public Actor signInWithIdentityProvider(String username, Optional<Set<Role>> roles) {
        checkNotNull(roles, "roles");
        Optional<Account> account;
        try {
            account = accounts.findByUsername(Username.of(checkNotNull(username, "username")));
        } catch (DomainException malformedName) {
            account = Optional.empty();
        }
        Account found = account.filter(Account::enabled).orElseThrow(() -> new DomainException(
                DomainException.Kind.UNAUTHENTICATED, "sign-in.no-account", "There is no enabled Sleutelnet account "
                        + "for the username the identity provider gave; an administrator creates accounts."));
        if (roles.isEmpty() || roles.get().equals(found.roles())) {
            return found.asActor();
        }
        if (roles.get().isEmpty()) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "sign-in.no-role", "The identity "
                    + "provider assigns this person no Sleutelnet role.");
        }
        // the city's identity provider decides the roles: the account follows it, so that the administrator's page
        // and every later request show the same roles
        return accounts.save(found.changeProfile(found.displayName(), roles.get(), found.neighbourhoods())).asActor();
    }

    @Override
    public Optional<Actor> resumeSession(AccountId id) {
        return accounts.findById(checkNotNull(id, "id")).filter(Account::enabled).map(Account::asActor);
    }

    @Override
    public InitialAdminResult ensureInitialAdmin(InitialAdminCommand command) {
        if (accounts.count() > 0) {
            return InitialAdminResult.nothingToDo();
        }
        Optional<String> generated = command.password() == null
                ? Optional.of(BaseEncoding.base64Url().omitPadding().encode(secrets.randomBytes(GENERATED_PASSWORD_BYTES)))
                : Optional.empty();
        String password = generated.orElse(command.password());
        if (generated.isEmpty()) {
            blocklist.check(password, Username.of(command.username()));
        }
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        Account admin = Account.register(new AccountId(ids.newId()), Username.of(command.username()), "Beheerder",
                roles, Set.of(), hasher.hash(password), clock.instant());
        accounts.save(admin);
        return new InitialAdminResult(true, admin.username().value(), generated);
    }
}
