package nl.sleutelnet.domain.access;

import static nl.sleutelnet.domain.testdata.AccountBuilder.anActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void everyRoleMaySeeTheReferenceData() {
        for (Role role : Role.values()) {
            assertThat(anActor(role).may(Permission.VIEW_REFERENCE_DATA)).as(role.name()).isTrue();
        }
    }

    @Test
    void onlyAnAdminManagesAccounts() {
        assertThatNoException().isThrownBy(() -> anActor(Role.ADMIN).require(Permission.MANAGE_ACCOUNTS));
        assertThatThrownBy(() -> anActor(Role.COORDINATOR, Role.ANALYST).require(Permission.MANAGE_ACCOUNTS))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN))
                .hasMessageContaining("needs the role ADMIN")
                .hasMessageContaining("COORDINATOR, ANALYST");
    }

    @Test
    void theSystemActorIsRecognisable() {
        assertThat(Actor.system().isSystem()).isTrue();
        assertThat(anActor(Role.ADMIN).isSystem()).isFalse();
    }
}
