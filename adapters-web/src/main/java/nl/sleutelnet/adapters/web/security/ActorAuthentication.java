package nl.sleutelnet.adapters.web.security;

import java.time.Instant;
import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in user or city system, as Spring Security sees it: the core's {@link Actor} is the principal. A person's
 * session also knows when they signed in (for the absolute session timeout); a city system's token has no session.
 */
public final class ActorAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final Instant signedInAt;

    /** A city system with an API token, for one request. */
    public ActorAuthentication(Actor actor) {
        this(actor, null);
    }

    /** A person signed in at {@code signedInAt}, for a session. */
    public ActorAuthentication(Actor actor, Instant signedInAt) {
        super(actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
        this.actor = actor;
        this.signedInAt = signedInAt;
        setAuthenticated(true);
    }

    public Actor actor() {
        return actor;
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
        return actor.username();
    }

    static List<String> roleNames(Actor actor) {
        return actor.roles().stream().map(Enum::name).toList();
    }
}
