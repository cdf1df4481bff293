package nl.sleutelnet.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import nl.sleutelnet.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

class BCryptPasswordHasherTest {

    @Test
    void theDecoyAtTheDefaultCostCostsWhatARealHashCostsToCheckAndMatchesNoPasswordWeKnow() {
        BCryptPasswordHasher hasher = new BCryptPasswordHasher(12);
        PasswordHash real = hasher.hash("een lange wachtzin over de Maas");
        PasswordHash decoy = hasher.decoy();

        // bcrypt's work is set by the cost in the hash: the same version and cost as a hash made now
        assertThat(decoy.value()).hasSize(real.value().length()).startsWith(real.value().substring(0, 7))
                .startsWith("$2a$12$");
        assertThat(hasher.decoy()).as("made once, in advance").isSameAs(decoy);
        assertThat(hasher.matches("een lange wachtzin over de Maas", decoy)).isFalse();
        assertThat(hasher.matches("decoy-password-that-matches-nothing", decoy)).isFalse();
        assertThat(hasher.matches("een lange wachtzin over de Maas", real)).isTrue();
    }

    @Test
    void atAnotherCostTheDecoyIsMadeAtThatCost() {
        BCryptPasswordHasher hasher = new BCryptPasswordHasher(4);
        PasswordHash decoy = hasher.decoy();

        assertThat(decoy.value()).startsWith("$2a$04$");
        assertThat(hasher.matches("decoy-password-that-matches-nothing", decoy)).isTrue();
    }
}
