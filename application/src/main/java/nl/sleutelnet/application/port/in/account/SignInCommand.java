package nl.sleutelnet.application.port.in.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.sleutelnet.application.port.in.SelfValidating;

/**
 * @param origin the client address the attempt came from (for throttling), or null when unknown
 */
public record SignInCommand(@NotBlank String username, @NotNull String password, String origin) {

    public SignInCommand(String username, String password, String origin) {
        this.username = username;
        this.password = password;
        this.origin = origin == null || origin.isBlank() ? null : origin.strip();
        SelfValidating.validate(this);
    }

    public SignInCommand(String username, String password) {
        this(username, password, null);
    }

    @Override
    public String toString() {
        return "SignInCommand[username=" + username + ", password=***, origin=" + origin + "]";
    }
}
