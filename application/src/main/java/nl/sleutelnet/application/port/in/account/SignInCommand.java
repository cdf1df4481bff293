package nl.sleutelnet.application.port.in.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.sleutelnet.application.port.in.SelfValidating;

public record SignInCommand(@NotBlank String username, @NotNull String password) {

    public SignInCommand(String username, String password) {
        this.username = username;
        this.password = password;
        SelfValidating.validate(this);
    }

    @Override
    public String toString() {
        return "SignInCommand[username=" + username + ", password=***]";
    }
}
