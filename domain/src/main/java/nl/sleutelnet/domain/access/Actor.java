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
import nl.sleutelnet.domain.network.KeyPersonId;

/**
 * Who is acting: passed explicitly to every use case, so that permissions and (later) the audit log are rules
 * of the core, testable without any web framework.
 *
 * @param accountId      the account acting
 * @param username       for messages and logs
 * @param roles          at least one
 * @param neighbourhoods the buurten the user works in (what a PROFESSIONAL may see); may be empty
 * @param keyPerson      for a key person using self-service through their personal link ("Mijn Sleutelnet"): the key
 *                       person they are, and may act for only; null for staff and systems
 */
public record Actor(AccountId accountId, String username, Set<Role> roles, Set<NeighbourhoodCode> neighbourhoods,
        KeyPersonId keyPerson) {

    /** The username a key person acting through their personal link is known by (they have no account). */
    public static final String KEY_PERSON_NAME = "sleutelpersoon";

    private static final AccountId SYSTEM_ID = new AccountId(new UUID(0, 0));

    public Actor {
        checkNotNull(accountId, "accountId");
        checkNotNull(username, "username");
        checkArgument(!roles.isEmpty(), "an actor has at least one role");
        roles = Sets.immutableEnumSet(roles);
        neighbourhoods = ImmutableSortedSet.copyOf(neighbourhoods);
        checkArgument(keyPerson == null || roles.equals(Set.of(Role.KEY_PERSON)),
                "an actor bound to a key person has the role KEY_PERSON only");
    }

    /** A staff member or system: not bound to a key person. */
    public Actor(AccountId accountId, String username, Set<Role> roles, Set<NeighbourhoodCode> neighbourhoods) {
        this(accountId, username, roles, neighbourhoods, null);
    }

    /**
     * A key person acting for themself through their personal link: role KEY_PERSON, bound to their own id. They have
     * no account; the id recorded where an account would be (in their status history, as the reporter of a signal)
     * is their own key-person id.
     */
    public static Actor keyPerson(KeyPersonId keyPerson) {
        checkNotNull(keyPerson, "keyPerson");
        return new Actor(new AccountId(keyPerson.value()), KEY_PERSON_NAME, ImmutableSet.of(Role.KEY_PERSON),
                ImmutableSet.of(), keyPerson);
    }

    /** Whether this is a key person acting for themself (self-service), rather than staff. */
    public boolean isKeyPerson() {
        return keyPerson != null;
    }

    /**
     * Refuses unless this is the key person {@code target} acting for themself. Every self-service use case starts
     * here, so a personal link for one person can never read or change another by changing an id: the refusal is
     * the same whether the other id exists or not.
     */
    public void requireSelf(UUID target) {
        require(Permission.SELF_SERVICE);
        if (keyPerson == null || !keyPerson.value().equals(target)) {
            throw new AccessDeniedException("You may only see and change your own data.");
        }
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
