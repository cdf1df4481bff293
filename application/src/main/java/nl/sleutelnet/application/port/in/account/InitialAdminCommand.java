package nl.sleutelnet.application.port.in.account;

import jakarta.validation.constraints.NotBlank;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.account.PasswordPolicy;
import nl.sleutelnet.domain.account.Username;

/**
 * The administrator to create on the first start.
 *
 * @param password the password to give it, or null to generate one (shown once in the log)
 */
public record InitialAdminCommand(@NotBlank String username, String password) {

    public InitialAdminCommand(String username, String password) {
        this.username = username;
        this.password = password == null || password.isEmpty() ? null : password;
        SelfValidating.validate(this, checks -> checks
                .field("username", () -> Username.of(username))
                .field("password", () -> {
                    if (this.password != null) {
                        PasswordPolicy.check(this.password, AccountCommands.usernameOrPlaceholder(username));
                    }
                }));
    }

    @Override
    public String toString() {
        return "InitialAdminCommand[username=" + username + ", password=***]";
    }
}
