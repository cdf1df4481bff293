package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.evaluation.AddFundingLineUseCase;
import nl.sleutelnet.application.port.in.evaluation.CostCommand;
import nl.sleutelnet.application.port.in.evaluation.FundingLineCommand;
import nl.sleutelnet.application.port.in.evaluation.RecordCostUseCase;
import nl.sleutelnet.application.port.in.evaluation.RemoveCostCommand;
import nl.sleutelnet.application.port.in.evaluation.ShowProgrammeUseCase;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.InterventionRepository;
import nl.sleutelnet.application.port.out.ProgrammeRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.intervention.InterventionId;
import nl.sleutelnet.domain.programme.Cost;
import nl.sleutelnet.domain.programme.FundingLine;
import nl.sleutelnet.domain.programme.Money;
import nl.sleutelnet.domain.programme.Programme;
import nl.sleutelnet.domain.shared.StaleVersionException;

/**
 * The programme "Aanpak polarisatie": the coordinator records its funding lines and costs; the coordinator and
 * analysts read them (money, no persons). A cost may name the intervention it went to, which must exist.
 */
public final class ProgrammeService implements ShowProgrammeUseCase, RecordCostUseCase, AddFundingLineUseCase {

    private final ProgrammeRepository programmes;
    private final InterventionRepository interventions;
    private final IdGenerator ids;
    private final Clock clock;

    public ProgrammeService(ProgrammeRepository programmes, InterventionRepository interventions, IdGenerator ids,
            Clock clock) {
        this.programmes = checkNotNull(programmes, "programmes");
        this.interventions = checkNotNull(interventions, "interventions");
        this.ids = checkNotNull(ids, "ids");
        this.clock = checkNotNull(clock, "clock");
    }

    @Override
    public Programme showProgramme(Actor actor) {
        actor.require(Permission.VIEW_EVALUATION);
        return programme();
    }

    @Override
    public Programme recordCost(Actor actor, CostCommand command) {
        actor.require(Permission.MANAGE_PROGRAMME);
        Programme programme = current(command.expectedVersion());
        if (command.interventionId() != null
                && interventions.findById(new InterventionId(command.interventionId())).isEmpty()) {
            throw InvalidCommandException.of("interventionId", "intervention.not-found",
                    "There is no intervention " + command.interventionId() + ".");
        }
        return programmes.save(programme.recordCost(new Cost(ids.newId(), command.from(), command.to(),
                command.money(), command.description(), command.interventionId(), clock.instant(),
                actor.accountId())));
    }

    @Override
    public Programme removeCost(Actor actor, RemoveCostCommand command) {
        actor.require(Permission.MANAGE_PROGRAMME);
        return programmes.save(current(command.expectedVersion()).removeCost(command.costId()));
    }

    @Override
    public Programme addFundingLine(Actor actor, FundingLineCommand command) {
        actor.require(Permission.MANAGE_PROGRAMME);
        Programme programme = current(command.expectedVersion());
        return programmes.save(programme.addFundingLine(new FundingLine(ids.newId(), command.source(),
                command.purpose(), command.fromYear(), command.toYear(), Money.of(command.amountPerYear()),
                command.decision())));
    }

    private Programme programme() {
        return programmes.findById(Programme.AANPAK_POLARISATIE)
                .orElseGet(() -> programmes.save(Programme.aanpakPolarisatie()));
    }

    private Programme current(long expectedVersion) {
        Programme programme = programme();
        if (programme.version() != expectedVersion) {
            throw new StaleVersionException("Programme", programme.id(), expectedVersion, programme.version());
        }
        return programme;
    }
}
