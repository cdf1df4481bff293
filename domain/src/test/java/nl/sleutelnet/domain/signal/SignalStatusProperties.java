package nl.sleutelnet.domain.signal;

import static nl.sleutelnet.domain.testdata.SignalBuilder.STAFF;
import static nl.sleutelnet.domain.testdata.SignalBuilder.aSignal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.temperature.Reliability;

/** No sequence of commands, refused or not, breaks the status machine of a signal. */
class SignalStatusProperties {

    enum Command { ASSESS, ACT, NO_ACTION, CLOSE, SIGHTING, ASSIGN }

    @Property(tries = 500)
    void anySequenceKeepsTheRules(@ForAll("commands") @Size(max = 25) List<Command> commands) {
        Signal signal = aSignal().build();
        Instant at = signal.receivedAt();
        for (Command command : commands) {
            at = at.plusSeconds(600);
            Signal before = signal;
            try {
                signal = apply(signal, command, at);
                assertThat(before.status() == signal.status() || before.status().next().contains(signal.status()))
                        .as("%s -> %s is a step the cycle has", before.status(), signal.status()).isTrue();
            } catch (DomainException refused) {
                assertThat(signal).isEqualTo(before);
            }
            assertThat(signal.status() == SignalStatus.RECEIVED || signal.assessment().isPresent()).isTrue();
            assertThat(signal.status() != SignalStatus.ACTED || signal.interventionId().isPresent()).isTrue();
            assertThat(signal.status() != SignalStatus.NO_ACTION || signal.noActionReason().isPresent()).isTrue();
            assertThat(signal.history().size()).isGreaterThanOrEqualTo(1);
            assertThat(Signal.reconstitute(signal.snapshot())).isEqualTo(signal);
        }
    }

    private static Signal apply(Signal signal, Command command, Instant at) {
        return switch (command) {
            case ASSESS -> signal.assess(Reliability.MEDIUM, "Duiding", at, STAFF);
            case ACT -> signal.actOn(UUID.randomUUID(), at, STAFF);
            case NO_ACTION -> signal.noAction("De buurt pakt het zelf op", at, STAFF);
            case CLOSE -> signal.close("", at, STAFF);
            case SIGHTING -> signal.addSighting(new Sighting(UUID.randomUUID(), Reporter.openSource("krant"),
                    HowObtained.MEDIA, at, at, ""), STAFF);
            case ASSIGN -> signal.assign(STAFF, at, STAFF);
        };
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        return Arbitraries.of(Command.class).list();
    }
}
