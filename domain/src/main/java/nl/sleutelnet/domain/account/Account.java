package nl.sleutelnet.domain.account;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * A user account: who may sign in, with which roles, and for a professional in which buurten they work.
 * Accounts are personal (no shared accounts); an account that should no longer be used is disabled, not
 * deleted, so that what it did stays attributable.
 */
public final class Account {

    public static final int MAX_DISPLAY_NAME = 100;

    private final AccountId id;
    private final Username username;
    private final String displayName;
    private final Set<Role> roles;
    private final Set<NeighbourhoodCode> neighbourhoods;
    private final EmailAddress email;
    private final PasswordHash passwordHash;
    private final boolean enabled;
    private final Instant createdAt;
    private final long version;

    private Account(AccountId id, Username username, String displayName, Set<Role> roles,
            Set<NeighbourhoodCode> neighbourhoods, EmailAddress email, PasswordHash passwordHash, boolean enabled,
            Instant createdAt, long version) {
        this.id = checkNotNull(id, "id");
        this.username = checkNotNull(username, "username");
        this.displayName = Invariants.requireText(displayName, MAX_DISPLAY_NAME, "account.display-name.invalid",
                "The display name");
        checkNotNull(roles, "roles");
        Invariants.require(!roles.isEmpty(), "account.roles.empty", "An account needs at least one role.");
        this.roles = Sets.immutableEnumSet(roles);
        this.neighbourhoods = ImmutableSortedSet.copyOf(checkNotNull(neighbourhoods, "neighbourhoods"));
        this.email = email;
        this.passwordHash = checkNotNull(passwordHash, "passwordHash");
        this.enabled = enabled;
        this.createdAt = Timestamps.stored(checkNotNull(createdAt, "createdAt"));
        Invariants.require(version >= 0, "account.version.invalid", "A version cannot be negative.");
        this.version = version;
    }

    public static Account register(AccountId id, Username username, String displayName, Set<Role> roles,
            Set<NeighbourhoodCode> neighbourhoods, PasswordHash passwordHash, Instant createdAt) {
        return new Account(id, username, displayName, roles, neighbourhoods, null, passwordHash, true, createdAt, 0);
    }

    /** Rebuilds a stored account; the same rules apply as for a new one. */
    public static Account reconstitute(Snapshot s) {
        return new Account(s.id(), s.username(), s.displayName(), s.roles(), s.neighbourhoods(), s.email(),
                s.passwordHash(), s.enabled(), s.createdAt(), s.version());
    }

    public Account changeProfile(String newDisplayName, Set<Role> newRoles, Set<NeighbourhoodCode> newNeighbourhoods) {
        return new Account(id, username, newDisplayName, newRoles, newNeighbourhoods, email, passwordHash, enabled,
                createdAt, version);
    }

    /** A new work e-mail address, or none ({@code null}): where alerts and other messages for this user go. */
    public Account changeEmail(EmailAddress newEmail) {
        return new Account(id, username, displayName, roles, neighbourhoods, newEmail, passwordHash, enabled,
                createdAt, version);
    }

    public Account changePassword(PasswordHash newHash) {
        return new Account(id, username, displayName, roles, neighbourhoods, email, newHash, enabled, createdAt,
                version);
    }

    public Account disable() {
        return new Account(id, username, displayName, roles, neighbourhoods, email, passwordHash, false, createdAt,
                version);
    }

    public Account enable() {
        return new Account(id, username, displayName, roles, neighbourhoods, email, passwordHash, true, createdAt,
                version);
    }

    /** True for an enabled account with the ADMIN role: the kind of account that must never run out. */
    public boolean isActiveAdmin() {
        return enabled && roles.contains(Role.ADMIN);
    }

    /** The acting user this account signs in as. */
    public Actor asActor() {
        return new Actor(id, username.value(), roles, neighbourhoods);
    }

    public AccountId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<NeighbourhoodCode> neighbourhoods() {
        return neighbourhoods;
    }

    /** The work e-mail address, if the user gave one. */
    public Optional<EmailAddress> email() {
        return Optional.ofNullable(email);
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, username, displayName, roles, neighbourhoods, email, passwordHash, enabled,
                createdAt, version);
    }

    /** All state of an account, for storage adapters. {@code email} is null when the user gave none. */
    public record Snapshot(AccountId id, Username username, String displayName, Set<Role> roles,
            Set<NeighbourhoodCode> neighbourhoods, EmailAddress email, PasswordHash passwordHash, boolean enabled,
            Instant createdAt, long version) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Account[" + username + " " + roles + (enabled ? "" : " disabled") + " v" + version + "]";
    }
}
