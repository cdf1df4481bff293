package nl.sleutelnet.domain.access;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;

/**
 * Who is acting: passed explicitly to every use case, so that permissions and (later) the audit log are rules
 * of the core, testable without any web framework.
 *
 * @param accountId      the account acting
 * @param username       for messages and logs
 * @param roles          at least one
 * @param neighbourhoods the buurten the user works in (what a PROFESSIONAL may see); may be empty
 */
public record Actor(AccountId accountId, String username, Set<Role> roles, Set<NeighbourhoodCode> neighbourhoods) {

    private static final AccountId SYSTEM_ID = new AccountId(new UUID(0, 0));

    public Actor {
        checkNotNull(accountId, "accountId");
        checkNotNull(username, "username");
        checkArgument(!roles.isEmpty(), "an actor has at least one role");
        roles = Sets.immutableEnumSet(roles);
        neighbourhoods = ImmutableSortedSet.copyOf(neighbourhoods);
    }

    /** Sleutelnet itself, for work that runs without a user (start-up, scheduled jobs). */
    public static Actor system() {
        return new Actor(SYSTEM_ID, "system", ImmutableSet.of(Role.ADMIN), ImmutableSet.of());
    }

    public boolean isSystem() {
        return SYSTEM_ID.equals(accountId);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean may(Permission permission) {
        return permission.isGrantedToAny(roles);
    }

    /** Refuses with {@link AccessDeniedException} unless one of the actor's roles grants the permission. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException(String.format(
                    "You may not do this: it needs the role %s, and %s has %s.",
                    permission.grantedTo().stream().map(Enum::name).collect(Collectors.joining(" or ")),
                    username, roles.stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
    }
}
