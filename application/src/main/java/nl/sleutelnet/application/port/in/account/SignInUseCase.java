package nl.sleutelnet.application.port.in.account;

import nl.sleutelnet.domain.access.Actor;

/** Checks a username and password. The one use case without an actor: it makes one. */
public interface SignInUseCase {

    /**
     * @return the actor the account signs in as
     * @throws nl.sleutelnet.domain.shared.DomainException UNAUTHENTICATED when the username is unknown, the
     *         password wrong or the account disabled (the message does not say which)
     */
    Actor signIn(SignInCommand command);
}
