package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.Capacity;
import nl.sleutelnet.domain.intervention.CapacityAssessment;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * The capacity assessment (draagkracht) as staff judge it. The key persons and partners present in the scope are not
 * part of the command: the service draws them from the network at the moment of the assessment.
 *
 * @param initiatives the local initiatives, one short line each; blank lines are left out
 * @param capacity    LOW, MEDIUM or HIGH
 * @param judgement   what the neighbourhood can carry itself and where it needs help
 */
public record AssessCapacityCommand(@NotNull UUID interventionId, List<String> initiatives,
        @NotBlank String capacity, @NotBlank String judgement, @PositiveOrZero long expectedVersion) {

    public AssessCapacityCommand(UUID interventionId, List<String> initiatives, String capacity, String judgement,
            long expectedVersion) {
        this.interventionId = interventionId;
        this.initiatives = InterventionInput.clean(initiatives);
        this.capacity = capacity;
        this.judgement = judgement;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .each("initiatives", this.initiatives, line -> InterventionText.required(line,
                        CapacityAssessment.MAX_INITIATIVE, "A local initiative"))
                .field("initiatives", () -> Invariants.require(this.initiatives.size()
                        <= CapacityAssessment.MAX_INITIATIVES, "intervention.capacity.too-many-initiatives",
                        "Name at most %d local initiatives; it had %d.", CapacityAssessment.MAX_INITIATIVES,
                        this.initiatives.size()))
                .field("capacity", this::parsedCapacity)
                .field("judgement", () -> InterventionText.required(judgement, InterventionText.MAX_LENGTH,
                        "The judgement of what the neighbourhood can carry itself")));
    }

    public Capacity parsedCapacity() {
        return InterventionInput.parse(Capacity.class, capacity, "intervention.capacity.unknown");
    }
}
