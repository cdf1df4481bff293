package nl.sleutelnet.adapters.web.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.access.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in user or city system, as Spring Security sees it: the core's {@link Actor} is the principal. A person's
 * session also knows when they signed in (for the absolute session timeout); a city system's token has no session.
 * <p>
 * Sessions are stored in the database (and may be read by another instance of the application), so only the account
 * id, the username and the sign-in moment are serialized; the actor is not. A session read back has no actor until
 * {@link SessionAccountFilter} resumes it from the account as it is now, before any controller runs.
 */
public final class ActorAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final UUID accountId;
    private final String username;
    private final Instant signedInAt;

    /** A city system with an API token, for one request. */
    public ActorAuthentication(Actor actor) {
        this(actor, null);
    }

    /** A person signed in at {@code signedInAt}, for a session. */
    public ActorAuthentication(Actor actor, Instant signedInAt) {
        super(actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
        this.actor = actor;
        this.accountId = actor.accountId().value();
        this.username = actor.username();
        this.signedInAt = signedInAt;
        setAuthenticated(true);
    }

    /** The actor; null in a session read back from the store until it is resumed. */
    public Actor actor() {
        return actor;
    }

    /** The account this session or token acts for. */
    public AccountId accountId() {
        return new AccountId(accountId);
    }

    /** When the person signed in; null for an API token. */
    public Instant signedInAt() {
        return signedInAt;
    }

    /** The same session as the account is now (other roles or buurten), signed in at the same moment. */
    public ActorAuthentication as(Actor current) {
        return new ActorAuthentication(current, signedInAt);
    }

    @Override
    public Object getPrincipal() {
        return actor;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return username;
    }

    static List<String> roleNames(Actor actor) {
        return actor.roles().stream().map(Enum::name).toList();
    }
}
