package nl.sleutelnet.adapters.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.application.port.in.account.SignInWithIdentityProviderUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * After the city's identity provider signed a person in (OIDC): the username claim is matched to a personal account,
 * roles are taken from the configured claim (mapped to Sleutelnet roles) when one is set, and the session then holds
 * the core's actor like a password sign-in, so the same session rules apply. No matching enabled account, or no role:
 * back to the sign-in page, signed out.
 */
public final class OidcSignInHandler implements AuthenticationSuccessHandler {

    public static final String NO_ACCOUNT = "/inloggen?geen-account";

    private final SignInWithIdentityProviderUseCase signIn;
    private final OidcSettings settings;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    public OidcSignInHandler(SignInWithIdentityProviderUseCase signIn, OidcSettings settings, Clock clock) {
        this.signIn = signIn;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        Actor actor;
        try {
            if (!(authentication.getPrincipal() instanceof OidcUser user)) {
                throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "sign-in.no-account",
                        "The identity provider gave no OpenID Connect identity.");
            }
            Object name = user.getClaims().get(settings.usernameClaim());
            actor = signIn.signInWithIdentityProvider(name == null ? "" : name.toString(), roles(user.getClaims()));
        } catch (DomainException e) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
                request.getSession(true); // so that the sign-in page is not refused as an expired session
            }
            response.sendRedirect(request.getContextPath() + NO_ACCOUNT);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ActorAuthentication(actor, clock.instant()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** The roles the provider assigns, when roles come from a claim: a list, or one text with spaces or commas. */
    Optional<Set<Role>> roles(Map<String, Object> claims) {
        if (settings.rolesClaim().isEmpty()) {
            return Optional.empty();
        }
        Object claim = claims.get(settings.rolesClaim());
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(v -> values.add(String.valueOf(v)));
        } else if (claim != null) {
            values.addAll(List.of(claim.toString().split("[\\s,]+")));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values) {
            String role = settings.roleMapping().get(value.strip());
            if (role == null && settings.roleMapping().isEmpty()) {
                role = value.strip().toUpperCase(Locale.ROOT);
            }
            if (role != null) {
                for (Role r : Role.values()) {
                    if (r.name().equals(role)) {
                        roles.add(r);
                    }
                }
            }
        }
        return Optional.of(roles);
    }
}
