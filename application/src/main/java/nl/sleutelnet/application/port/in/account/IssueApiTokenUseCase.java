package nl.sleutelnet.application.port.in.account;

import nl.sleutelnet.domain.access.Actor;

public interface IssueApiTokenUseCase {

    /** Issues a token to an enabled account. The secret is returned once and stored only as a hash. */
    IssuedApiToken issueApiToken(Actor actor, IssueApiTokenCommand command);
}
