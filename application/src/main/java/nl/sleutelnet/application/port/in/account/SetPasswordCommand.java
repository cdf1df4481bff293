package nl.sleutelnet.application.port.in.account;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.account.AccountId;

/** An administrator gives an account a new password (e.g. when the user forgot theirs). */
public record SetPasswordCommand(@NotNull UUID accountId, @NotNull String newPassword) {

    public SetPasswordCommand(UUID accountId, String newPassword) {
        this.accountId = accountId;
        this.newPassword = newPassword;
        SelfValidating.validate(this);
    }

    public AccountId id() {
        return new AccountId(accountId);
    }

    @Override
    public String toString() {
        return "SetPasswordCommand[accountId=" + accountId + ", newPassword=***]";
    }
}
