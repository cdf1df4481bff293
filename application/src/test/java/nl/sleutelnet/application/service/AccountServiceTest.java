package nl.sleutelnet.application.service;

import static nl.sleutelnet.domain.testdata.AccountBuilder.anAccount;
import static nl.sleutelnet.domain.testdata.AccountBuilder.anActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.sleutelnet.application.fakes.Fakes;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.account.ChangeAccountCommand;
import nl.sleutelnet.application.port.in.account.ChangeOwnPasswordCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.SetPasswordCommand;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class AccountServiceTest {

    private final Fakes.Accounts accounts = new Fakes.Accounts();
    private final AccountService service = new AccountService(accounts, Fakes.register(), Fakes.hasher(),
            Fakes.ids(), Fakes.clock());
    private final Account adminAccount = accounts.save(anAccount().named("beheer").withRoles(Role.ADMIN).build());
    private final Actor admin = adminAccount.asActor();

    private static CreateAccountCommand professional(String username, String... buurten) {
        return new CreateAccountCommand(username, "Wijkagent", List.of("PROFESSIONAL"), List.of(buurten),
                "een lange wachtzin");
    }

    @Test
    void anAdminCreatesAPersonalAccountWithAHashedPassword() {
        Account created = service.createAccount(admin, professional("wijkagent.centrum", "BU09350000"));
        assertThat(created.username().value()).isEqualTo("wijkagent.centrum");
        assertThat(created.createdAt()).isEqualTo(Fakes.NOW);
        assertThat(created.passwordHash().value()).doesNotContain("een lange wachtzin");
        assertThat(service.listAccounts(admin)).extracting(a -> a.username().value())
                .containsExactly("beheer", "wijkagent.centrum");
    }

    @Test
    void nobodyButAnAdminManagesAccounts() {
        assertThatThrownBy(() -> service.createAccount(anActor(Role.COORDINATOR), professional("x.y.z")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.listAccounts(anActor(Role.ANALYST)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUsernameIsTakenOnce() {
        service.createAccount(admin, professional("wijkagent"));
        assertThatThrownBy(() -> service.createAccount(admin, professional("WIJKAGENT")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    @Test
    void buurtenMustBeInTheRegister() {
        assertThatThrownBy(() -> service.createAccount(admin, professional("wijkagent", "BU09359999")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("neighbourhoods"))
                .hasMessageContaining("no buurt BU09359999");
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledOrDemoted() {
        assertThatThrownBy(() -> service.changeAccount(admin, new ChangeAccountCommand(adminAccount.id().value(),
                "Beheer", List.of("ADMIN"), List.of(), null, false, adminAccount.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("account.last-admin"));
        assertThatThrownBy(() -> service.changeAccount(admin, new ChangeAccountCommand(adminAccount.id().value(),
                "Beheer", List.of("COORDINATOR"), List.of(), null, true, adminAccount.version())))
                .hasMessageContaining("only enabled administrator");

        Account second = service.createAccount(admin, new CreateAccountCommand("beheer2", "Tweede beheerder",
                List.of("ADMIN"), List.of(), "nog een lange wachtzin"));
        Account demoted = service.changeAccount(admin, new ChangeAccountCommand(adminAccount.id().value(), "Beheer",
                List.of("COORDINATOR"), List.of(), null, true, adminAccount.version()));
        assertThat(demoted.roles()).containsExactly(Role.COORDINATOR);
        assertThat(second.isActiveAdmin()).isTrue();
    }

    @Test
    void aWorkEmailAddressIsOptionalCheckedAndReplacedOnChange() {
        Account coordinator = service.createAccount(admin, new CreateAccountCommand("regisseur", "Regisseur",
                List.of("COORDINATOR"), List.of(), "een lange wachtzin", " regisseur@maastricht.nl "));
        assertThat(coordinator.email()).map(e -> e.value()).contains("regisseur@maastricht.nl");
        assertThatThrownBy(() -> new CreateAccountCommand("tweede", "Tweede", List.of("COORDINATOR"), List.of(),
                "een lange wachtzin", "regisseur-at-maastricht"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "account.email.invalid")))
                .hasMessageContaining("not an e-mail address");
        Account without = service.changeAccount(admin, new ChangeAccountCommand(coordinator.id().value(),
                "Regisseur", List.of("COORDINATOR"), List.of(), "", true, coordinator.version()));
        assertThat(without.email()).as("an empty address removes it").isEmpty();
    }

    @Test
    void aStaleEditIsRefused() {
        Account created = service.createAccount(admin, professional("wijkagent"));
        service.changeAccount(admin, new ChangeAccountCommand(created.id().value(), "Nieuwe naam",
                List.of("PROFESSIONAL"), List.of(), null, true, created.version()));
        assertThatThrownBy(() -> service.changeAccount(admin, new ChangeAccountCommand(created.id().value(),
                "Andere naam", List.of("PROFESSIONAL"), List.of(), null, true, created.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.STALE));
        assertThat(service.showAccount(admin, created.id()).displayName()).isEqualTo("Nieuwe naam");
    }

    @Test
    void passwordsFollowThePolicyAndOwnChangesNeedTheCurrentOne() {
        Account created = service.createAccount(admin, professional("wijkagent"));
        assertThatThrownBy(() -> service.setPassword(admin, new SetPasswordCommand(created.id().value(), "kort")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("newPassword"));

        Actor self = created.asActor();
        assertThatThrownBy(() -> service.changeOwnPassword(self,
                new ChangeOwnPasswordCommand("fout wachtwoord", "een nieuwe lange wachtzin")))
                .hasMessageContaining("current password is not correct");
        service.changeOwnPassword(self, new ChangeOwnPasswordCommand("een lange wachtzin", "een nieuwe lange wachtzin"));
        assertThat(Fakes.hasher().matches("een nieuwe lange wachtzin",
                accounts.findById(created.id()).orElseThrow().passwordHash())).isTrue();
    }
}
