package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.simulation.SimulationJob;
import nl.sleutelnet.application.port.in.simulation.WhatIfSimulationCommand;
import nl.sleutelnet.application.port.in.simulation.WhatIfSimulationUseCase;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** What-if simulations on the current network, through the real core: aggregates in, aggregates out. */
class WhatIfSimulationUseCasesTest {

    private static final String MALBERG = "BU09350207";

    private final CoreFixture fixture = new CoreFixture();
    private final Actor coordinator = fixture.actor("regisseur", "COORDINATOR");
    private final WhatIfSimulationUseCase simulations = fixture.useCase(WhatIfSimulationUseCase.class);

    @Test
    void theCurrentNetworkAgainstFewerKeyPersonsInAWijkRunsInTheBackgroundForTheOneWhoStartedIt() throws Exception {
        for (int i = 1; i <= 4; i++) {
            active("Sleutelpersoon " + i, MALBERG);
        }
        Actor analyst = fixture.actor("analist", "ANALYST");

        SimulationJob started = simulations.startWhatIfSimulation(analyst,
                new WhatIfSimulationCommand(Map.of("WK093502", -4), 2, 1));

        assertThat(started.status()).isEqualTo(SimulationJob.Status.RUNNING);
        assertThat(started.total()).as("two runs per seed").isEqualTo(4);
        assertThat(started.from()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(started.to()).isEqualTo(LocalDate.of(2027, 3, 1));
        SimulationJob done = waitFor(analyst, started);
        assertThat(done.status()).as(done.problem().orElse("")).isEqualTo(SimulationJob.Status.DONE);
        SimulationJob.WhatIfOutcome outcome = done.outcome().orElseThrow();
        assertThat(outcome.keyPersons()).containsEntry("WK093502", 4).containsEntry("WK093500", 0);
        SimulationJob.WijkFigures noordoost = outcome.wijken().stream().filter(w -> w.wijk().equals("WK093502"))
                .findFirst().orElseThrow();
        assertThat(noordoost.keyPersons().currentMean()).isEqualTo(4);
        assertThat(noordoost.keyPersons().whatIfMean()).isZero();
        assertThat(outcome.city()).extracting(SimulationJob.Figure::metric).contains("meanDaysUnseen", "signals");

        assertThatThrownBy(() -> simulations.showSimulationJob(coordinator, started.id()))
                .as("someone else's job is unknown").isInstanceOf(DomainException.class)
                .hasMessageContaining("There is no simulation");
    }

    @Test
    void professionalsMayNotAndAWhatIfNeedsAChange() {
        Actor professional = fixture.actor("prof", "PROFESSIONAL", MALBERG);
        assertThatThrownBy(() -> simulations.startWhatIfSimulation(professional,
                new WhatIfSimulationCommand(Map.of("WK093502", -1), 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new WhatIfSimulationCommand(Map.of("WK093502", 0), 1, 1))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("at least one wijk");
        assertThatThrownBy(() -> new WhatIfSimulationCommand(Map.of("Noordoost", -1), 0, 9))
                .isInstanceOf(InvalidCommandException.class)
                .satisfies(e -> assertThat(((InvalidCommandException) e).violations())
                        .extracting(v -> v.field()).containsExactly("changes.Noordoost", "seeds", "years"));
        assertThatThrownBy(() -> simulations.startWhatIfSimulation(coordinator,
                new WhatIfSimulationCommand(Map.of("WK093599", 2), 1, 1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("no wijk WK093599");
    }

    private SimulationJob waitFor(Actor actor, SimulationJob job) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        SimulationJob now = job;
        while (now.status() == SimulationJob.Status.RUNNING && System.nanoTime() < until) {
            Thread.sleep(200);
            now = simulations.showSimulationJob(actor, job.id());
        }
        return now;
    }

    private KeyPerson active(String name, String... buurten) {
        KeyPerson candidate = fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(name, null, null, List.of(buurten), List.of("de sportvereniging"),
                        List.of("wij-zij"), List.of("nl"), null, null, null, null, null, null));
        KeyPerson withBasis = fixture.useCase(RecordLegalBasisUseCase.class).recordLegalBasis(coordinator,
                candidate.id().value(), new LegalBasisInput("CONSENT", LocalDate.of(2026, 1, 15),
                        List.of("NETWORK_CONTACT", "SIGNALS"), "getekend formulier", null), candidate.version());
        return fixture.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator, new ChangeStatusCommand(
                withBasis.id().value(), "ACTIVE", "Kennismaking", withBasis.version()));
    }
}
