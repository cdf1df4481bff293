package nl.sleutelnet.application.port.in.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiToken;

/**
 * @param accountId the account the token acts as
 * @param name      what the token is for, e.g. "Zaaksysteem"
 */
public record IssueApiTokenCommand(@NotNull UUID accountId, @NotBlank @Size(max = ApiToken.MAX_NAME) String name) {

    public IssueApiTokenCommand(UUID accountId, String name) {
        this.accountId = accountId;
        this.name = name;
        SelfValidating.validate(this);
    }

    public AccountId id() {
        return new AccountId(accountId);
    }
}
