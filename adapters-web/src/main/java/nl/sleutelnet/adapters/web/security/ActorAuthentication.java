package nl.sleutelnet.adapters.web.security;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A signed-in user or city system, as Spring Security sees it: the core's {@link Actor} is the principal. */
public final class ActorAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;

    public ActorAuthentication(Actor actor) {
        super(actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
        this.actor = actor;
        setAuthenticated(true);
    }

    public Actor actor() {
        return actor;
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
