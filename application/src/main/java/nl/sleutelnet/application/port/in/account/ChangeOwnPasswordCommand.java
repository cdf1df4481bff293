package nl.sleutelnet.application.port.in.account;

import jakarta.validation.constraints.NotNull;
import nl.sleutelnet.application.port.in.SelfValidating;

/** A signed-in user changes their own password, proving they know the current one. */
public record ChangeOwnPasswordCommand(@NotNull String currentPassword, @NotNull String newPassword) {

    public ChangeOwnPasswordCommand(String currentPassword, String newPassword) {
        this.currentPassword = currentPassword;
        this.newPassword = newPassword;
        SelfValidating.validate(this);
    }

    @Override
    public String toString() {
        return "ChangeOwnPasswordCommand[***]";
    }
}
