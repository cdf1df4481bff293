package nl.sleutelnet.domain.account;

import static nl.sleutelnet.domain.testdata.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void anAccountNeedsARole() {
        Account account = anAccount().build();
        assertThatThrownBy(() -> account.changeProfile("Naam", EnumSet.noneOf(Role.class), Set.of()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("account.roles.empty"));
    }

    @Test
    void theActorCarriesRolesAndBuurten() {
        Account professional = anAccount().named("wijkagent.malberg").withRoles(Role.PROFESSIONAL)
                .activeIn("BU09350302").build();
        Actor actor = professional.asActor();
        assertThat(actor.username()).isEqualTo("wijkagent.malberg");
        assertThat(actor.roles()).containsExactly(Role.PROFESSIONAL);
        assertThat(actor.neighbourhoods()).containsExactly(NeighbourhoodCode.of("BU09350302"));
    }

    @Test
    void onlyAnEnabledAdminCountsAsActiveAdmin() {
        assertThat(anAccount().withRoles(Role.ADMIN).build().isActiveAdmin()).isTrue();
        assertThat(anAccount().withRoles(Role.ADMIN).disabled().build().isActiveAdmin()).isFalse();
        assertThat(anAccount().withRoles(Role.COORDINATOR).build().isActiveAdmin()).isFalse();
    }

    @Test
    void aWorkEmailAddressIsOptionalAndChecked() {
        Account account = anAccount().build();
        assertThat(account.email()).isEmpty();
        Account withAddress = account.changeEmail(new EmailAddress(" regisseur@maastricht.nl "));
        assertThat(withAddress.email()).contains(new EmailAddress("regisseur@maastricht.nl"));
        assertThat(withAddress.changeProfile("Andere naam", withAddress.roles(), Set.of()).email())
                .as("kept when the profile changes").isPresent();
        assertThat(withAddress.changeEmail(null).email()).isEmpty();
        assertThat(EmailAddress.parse("  ")).isEmpty();
        for (String wrong : new String[] {"regisseur", "regisseur@maastricht", "twee@@maastricht.nl",
            "met spatie@maastricht.nl", "a@b." + "x".repeat(260)}) {
            assertThatThrownBy(() -> new EmailAddress(wrong)).as(wrong)
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("account.email.invalid"))
                    .hasMessageContaining("not an e-mail address");
        }
    }

    @Test
    void usernamesAreCaseInsensitive() {
        assertThat(Username.of(" Regisseur@Maastricht.nl ")).isEqualTo(Username.of("regisseur@maastricht.nl"));
        assertThatThrownBy(() -> Username.of("ab")).hasMessageContaining("3 to 64");
        assertThatThrownBy(() -> Username.of("met spatie")).hasMessageContaining("3 to 64");
    }

    @Test
    void passwordsAreLongAndNotTheUsername() {
        Username name = Username.of("regisseur");
        PasswordPolicy.check("een lange wachtzin", name);
        assertThatThrownBy(() -> PasswordPolicy.check("kort", name)).hasMessageContaining("at least 15");
        assertThatThrownBy(() -> PasswordPolicy.check("veertien teken", name)).hasMessageContaining("at least 15");
        PasswordPolicy.check("vijftien tekens", name);
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129), name)).hasMessageContaining("at most 128");
        assertThatThrownBy(() -> PasswordPolicy.check("regisseur.gemeente", Username.of("regisseur.gemeente")))
                .hasMessageContaining("same as the username");
    }

    @Test
    void thePasswordHashNeverShowsInLogs() {
        assertThat(anAccount().withPasswordHash("$2a$10$secret").build().passwordHash().toString())
                .doesNotContain("secret");
    }
}
