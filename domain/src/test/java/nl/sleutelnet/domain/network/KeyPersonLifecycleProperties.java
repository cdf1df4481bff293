package nl.sleutelnet.domain.network;

import static nl.sleutelnet.domain.testdata.KeyPersonBuilder.COORDINATOR;
import static nl.sleutelnet.domain.testdata.KeyPersonBuilder.aKeyPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import nl.sleutelnet.domain.shared.DomainException;

/** No sequence of lifecycle commands, refused or not, leaves a key person in a state that breaks its rules. */
class KeyPersonLifecycleProperties {

    enum Command { ACTIVATE, PAUSE, RESUME, DEPART, WITHDRAW_CONSENT, GIVE_CONSENT, RECORD_CONTACT }

    @Property(tries = 500)
    void anySequenceKeepsTheInvariants(@ForAll("commands") @Size(max = 30) List<Command> commands) {
        KeyPerson person = aKeyPerson().candidate().build();
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (Command command : commands) {
            at = at.plusSeconds(3600);
            day = day.plusDays(1);
            KeyPerson before = person;
            try {
                person = apply(person, command, at, day);
            } catch (DomainException refused) {
                assertThat(person).as("a refused command changes nothing").isEqualTo(before);
            }
            KeyPerson current = person;
            assertThat(current.status() != KeyPersonStatus.ACTIVE || current.hasValidBasis())
                    .as("active only with a valid basis").isTrue();
            assertThat(current.history().get(0).to()).isEqualTo(KeyPersonStatus.CANDIDATE);
            for (int i = 1; i < current.history().size(); i++) {
                assertThat(current.history().get(i - 1).to().mayBecome(current.history().get(i).to())).isTrue();
            }
            assertThat(KeyPerson.reconstitute(current.snapshot())).as("survives storage").isEqualTo(current);
        }
    }

    private static KeyPerson apply(KeyPerson person, Command command, Instant at, LocalDate day) {
        return switch (command) {
            case ACTIVATE, RESUME -> person.changeStatus(KeyPersonStatus.ACTIVE, at, "actief", COORDINATOR);
            case PAUSE -> person.changeStatus(KeyPersonStatus.PAUSED, at, "pauze", COORDINATOR);
            case DEPART -> person.changeStatus(KeyPersonStatus.DEPARTED, at, "vertrokken", COORDINATOR);
            case WITHDRAW_CONSENT -> person.withdrawConsent(day, at, COORDINATOR);
            case GIVE_CONSENT -> person.recordLegalBasis(LegalBasis.consent(day,
                    EnumSet.of(ProcessingPurpose.NETWORK_CONTACT), "mondeling, genoteerd"));
            case RECORD_CONTACT -> person.recordContact(day);
        };
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        return Arbitraries.of(Command.class).list();
    }
}
