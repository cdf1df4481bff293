package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.network.MemberRef;

/** A participant stops taking part; the reason is optional. */
public record RemoveParticipantCommand(@NotNull UUID interventionId, @NotBlank String memberKind,
        @NotNull UUID memberId, String reason, @PositiveOrZero long expectedVersion) {

    public RemoveParticipantCommand(UUID interventionId, String memberKind, UUID memberId, String reason,
            long expectedVersion) {
        this.interventionId = interventionId;
        this.memberKind = memberKind;
        this.memberId = memberId;
        this.reason = reason;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("memberKind", () -> InterventionInput.member(memberKind, new UUID(0, 0)))
                .field("reason", () -> InterventionText.optional(reason, Intervention.MAX_NOTE, "The reason")));
    }

    public MemberRef member() {
        return InterventionInput.member(memberKind, memberId);
    }
}
