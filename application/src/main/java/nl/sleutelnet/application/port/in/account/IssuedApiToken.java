package nl.sleutelnet.application.port.in.account;

import nl.sleutelnet.domain.account.ApiToken;
import nl.sleutelnet.domain.account.ApiTokenSecret;

/** A token just issued, with its secret: the only moment the secret can be shown. */
public record IssuedApiToken(ApiToken token, ApiTokenSecret secret) {
}
