package nl.sleutelnet.application.port.in.account;

import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.EmailAddress;
import nl.sleutelnet.domain.account.PasswordPolicy;
import nl.sleutelnet.domain.account.Username;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;

/**
 * A new personal account.
 *
 * @param roles          role names such as {@code COORDINATOR}; at least one
 * @param neighbourhoods CBS buurt codes the user works in (what a PROFESSIONAL may see); may be empty
 * @param password       the first password; it must follow the password policy
 * @param email          a work e-mail address, or null/blank for none (a coordinator needs one to be mailed alerts)
 */
public record CreateAccountCommand(@NotBlank String username,
        @NotBlank @Size(max = Account.MAX_DISPLAY_NAME) String displayName, @NotEmpty List<String> roles,
        @NotNull List<String> neighbourhoods, @NotNull String password, String email) {

    public CreateAccountCommand(String username, String displayName, List<String> roles, List<String> neighbourhoods,
            String password, String email) {
        this.username = username;
        this.displayName = displayName;
        this.roles = roles == null ? null : ImmutableList.copyOf(roles);
        this.neighbourhoods = neighbourhoods == null ? List.of() : ImmutableList.copyOf(neighbourhoods);
        this.password = password;
        this.email = email == null || email.isBlank() ? null : email.strip();
        SelfValidating.validate(this, checks -> checks
                .field("username", () -> Username.of(username))
                .each("roles", this.roles, AccountCommands::role)
                .each("neighbourhoods", this.neighbourhoods, NeighbourhoodCode::of)
                .field("password", () -> PasswordPolicy.check(password, AccountCommands.usernameOrPlaceholder(username)))
                .field("email", this::parsedEmail));
    }

    /** An account without an e-mail address. */
    public CreateAccountCommand(String username, String displayName, List<String> roles, List<String> neighbourhoods,
            String password) {
        this(username, displayName, roles, neighbourhoods, password, null);
    }

    public Username parsedUsername() {
        return Username.of(username);
    }

    public Set<Role> parsedRoles() {
        return AccountCommands.roles(roles);
    }

    public Set<NeighbourhoodCode> parsedNeighbourhoods() {
        return AccountCommands.neighbourhoods(neighbourhoods);
    }

    public Optional<EmailAddress> parsedEmail() {
        return EmailAddress.parse(email);
    }
}
