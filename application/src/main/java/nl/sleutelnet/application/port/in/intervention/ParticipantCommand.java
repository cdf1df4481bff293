package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.intervention.Participant;
import nl.sleutelnet.domain.network.MemberRef;

/**
 * A key person or partner taking part, with their part in the work: to add a participant or to change their part.
 *
 * @param memberKind KEY_PERSON or PARTNER
 */
public record ParticipantCommand(@NotNull UUID interventionId, @NotBlank String memberKind, @NotNull UUID memberId,
        @NotBlank String part, @PositiveOrZero long expectedVersion) {

    public ParticipantCommand(UUID interventionId, String memberKind, UUID memberId, String part,
            long expectedVersion) {
        this.interventionId = interventionId;
        this.memberKind = memberKind;
        this.memberId = memberId;
        this.part = part;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("memberKind", () -> InterventionInput.member(memberKind, new UUID(0, 0)))
                .field("part", () -> InterventionText.required(part, Participant.MAX_PART,
                        "The part of a participant")));
    }

    public MemberRef member() {
        return InterventionInput.member(memberKind, memberId);
    }

    public Participant participant() {
        return new Participant(member(), part);
    }
}
