package nl.sleutelnet.bootstrap;

import java.time.LocalDate;
import java.util.List;
import nl.sleutelnet.application.port.in.intervention.AddTaskCommand;
import nl.sleutelnet.application.port.in.intervention.AddTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityCommand;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityUseCase;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.StartInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.StartInterventionUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.signal.Signal;

/**
 * An invented intervention for the demo: the assessed signal about the schoolplein in Frontenkwartier taken up in
 * conversations, with a task, the buurt's capacity and exit criteria, so that the board and an intervention's page
 * have something to show. Made through the same use cases as real interventions.
 */
final class DemoInterventions {

    private final DemoNetwork.UseCases core;
    private final Actor coordinator;
    private final LocalDate today;

    DemoInterventions(DemoNetwork.UseCases core, Actor coordinator, LocalDate today) {
        this.core = core;
        this.coordinator = coordinator;
        this.today = today;
    }

    void load(Signal schoolplein) {
        Intervention planned = core.useCase(PlanInterventionUseCase.class).planIntervention(coordinator,
                new PlanInterventionCommand("Gesprekken op het schoolplein",
                        "Ouders en school praten met elkaar in plaats van over elkaar, voordat de opvang opent.",
                        "DIALOGUE", List.of("BU09350302"), List.of("wij-zij"), List.of(schoolplein.id().value()),
                        null, "LEAD"));
        Intervention tasked = core.useCase(AddTaskUseCase.class).addTask(coordinator, new AddTaskCommand(
                planned.id().value(), "Koffieochtend met de ouderraad voorbereiden", coordinator.accountId().value(),
                today.plusDays(5), planned.version()));
        Intervention assessed = core.useCase(AssessCapacityUseCase.class).assessCapacity(coordinator,
                new AssessCapacityCommand(tasked.id().value(), List.of("Ouderraad van de basisschool",
                        "Jongerenwerk in het Frontenpark"), "MEDIUM", "De school en het jongerenwerk kunnen veel "
                        + "zelf; de gemeente brengt partijen bij elkaar.", tasked.version()));
        core.useCase(StartInterventionUseCase.class).startIntervention(coordinator, new StartInterventionCommand(
                assessed.id().value(), "TENSE", 14, assessed.version()));
    }
}
