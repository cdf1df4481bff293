package nl.sleutelnet.domain.testdata;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.EmailAddress;
import nl.sleutelnet.domain.account.PasswordHash;
import nl.sleutelnet.domain.account.Username;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;

/** Test data: an enabled coordinator unless told otherwise. {@code anAccount().withRoles(ADMIN).build()}. */
public final class AccountBuilder {

    public static final Instant CREATED = Instant.parse("2024-03-01T09:00:00Z");

    private AccountId id = new AccountId(UUID.randomUUID());
    private String username = "user-" + id.value().toString().substring(0, 8);
    private String displayName = "Test Gebruiker";
    private Set<Role> roles = EnumSet.of(Role.COORDINATOR);
    private Set<NeighbourhoodCode> neighbourhoods = new TreeSet<>();
    private PasswordHash hash = new PasswordHash("{test}hash");
    private boolean enabled = true;
    private EmailAddress email;

    public static AccountBuilder anAccount() {
        return new AccountBuilder();
    }

    public static Actor anActor(Role... roles) {
        return anAccount().withRoles(roles).build().asActor();
    }

    public AccountBuilder withId(AccountId value) {
        this.id = value;
        return this;
    }

    public AccountBuilder named(String value) {
        this.username = value;
        return this;
    }

    public AccountBuilder withDisplayName(String value) {
        this.displayName = value;
        return this;
    }

    public AccountBuilder withRoles(Role... values) {
        this.roles = values.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(values[0], values);
        return this;
    }

    public AccountBuilder activeIn(String... codes) {
        for (String code : codes) {
            neighbourhoods.add(NeighbourhoodCode.of(code));
        }
        return this;
    }

    public AccountBuilder withPasswordHash(String value) {
        this.hash = new PasswordHash(value);
        return this;
    }

    public AccountBuilder withEmail(String value) {
        this.email = new EmailAddress(value);
        return this;
    }

    public AccountBuilder disabled() {
        this.enabled = false;
        return this;
    }

    public Account build() {
        Account account = Account.register(id, Username.of(username), displayName, roles, neighbourhoods, hash,
                CREATED).changeEmail(email);
        return enabled ? account : account.disable();
    }
}
