package nl.sleutelnet.application.port.in.account;


/** Identifies a city system by the API token it presents. */
public interface AuthenticateApiTokenUseCase {

    /**
     * @param presentedSecret the token as sent after {@code Authorization: Bearer}
     * @throws nl.sleutelnet.domain.shared.DomainException UNAUTHENTICATED when the token is unknown or revoked, or
     *         its account is disabled
     */
    ApiTokenIdentity authenticateApiToken(String presentedSecret);
}
