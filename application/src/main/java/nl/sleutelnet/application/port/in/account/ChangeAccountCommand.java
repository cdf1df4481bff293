package nl.sleutelnet.application.port.in.account;

import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.EmailAddress;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;

/**
 * New display name, roles, buurten, work e-mail address and state of an account, against the version the
 * administrator edited. Everything is replaced: an empty {@code email} removes the address.
 */
public record ChangeAccountCommand(@NotNull UUID accountId,
        @NotBlank @Size(max = Account.MAX_DISPLAY_NAME) String displayName, @NotEmpty List<String> roles,
        @NotNull List<String> neighbourhoods, String email, @NotNull Boolean enabled,
        @PositiveOrZero long expectedVersion) {

    public ChangeAccountCommand(UUID accountId, String displayName, List<String> roles, List<String> neighbourhoods,
            String email, Boolean enabled, long expectedVersion) {
        this.accountId = accountId;
        this.displayName = displayName;
        this.roles = roles == null ? null : ImmutableList.copyOf(roles);
        this.neighbourhoods = neighbourhoods == null ? List.of() : ImmutableList.copyOf(neighbourhoods);
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.enabled = enabled;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .each("roles", this.roles, AccountCommands::role)
                .each("neighbourhoods", this.neighbourhoods, NeighbourhoodCode::of)
                .field("email", this::parsedEmail));
    }

    public AccountId id() {
        return new AccountId(accountId);
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
