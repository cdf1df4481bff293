package nl.sleutelnet.application.port.in.account;

import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;

/**
 * Sign-in through the city's identity provider (OIDC): the provider has checked who it is (with its own MFA);
 * Sleutelnet only matches the person to their personal account. Accounts are not created this way: an administrator
 * creates them (with the buurten a professional works in), so there are no accounts nobody knows about.
 */
public interface SignInWithIdentityProviderUseCase {

    /**
     * @param username the username the provider gave (a configured claim), matched to an account's username
     * @param roles    the Sleutelnet roles the provider assigns, when roles come from the provider: then they replace
     *                 the account's roles at each sign-in; empty when the account's own roles count
     * @return the actor the account signs in as
     * @throws nl.sleutelnet.domain.shared.DomainException UNAUTHENTICATED {@code sign-in.no-account} when there is no
     *         enabled account with that username, {@code sign-in.no-role} when the provider assigns no role
     */
    Actor signInWithIdentityProvider(String username, Optional<Set<Role>> roles);
}
