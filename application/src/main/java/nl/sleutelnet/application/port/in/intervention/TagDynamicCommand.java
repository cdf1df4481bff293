package nl.sleutelnet.application.port.in.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.intervention.DynamicTag;
import nl.sleutelnet.domain.intervention.DynamicTagId;
import nl.sleutelnet.domain.intervention.InterventionText;
import nl.sleutelnet.domain.intervention.PolarisationRole;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * A polarisation role on a <em>dynamic</em> of the case, for a period: never on a person. The command has no field
 * that can name a member, an account or anyone else.
 *
 * @param role    PUSHER, JOINER, SILENT_MIDDLE, BRIDGE_BUILDER or SCAPEGOAT
 * @param dynamic what happens, not who does it
 * @param to      the last day, empty while it goes on
 */
public record TagDynamicCommand(@NotNull UUID interventionId, @NotBlank String role, @NotBlank String dynamic,
        @NotNull LocalDate from, LocalDate to, @PositiveOrZero long expectedVersion) {

    public TagDynamicCommand(UUID interventionId, String role, String dynamic, LocalDate from, LocalDate to,
            long expectedVersion) {
        this.interventionId = interventionId;
        this.role = role;
        this.dynamic = dynamic;
        this.from = from;
        this.to = to;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("role", this::parsedRole)
                .field("dynamic", () -> InterventionText.required(dynamic, DynamicTag.MAX_DYNAMIC,
                        "The description of the dynamic"))
                .across(List.of("from"), () -> Invariants.require(to == null || !to.isBefore(from),
                        "intervention.dynamic.period", "The period of a dynamic ends on or after its first day "
                                + "(%s); it ended on %s.", from, to), e -> "to"));
    }

    public PolarisationRole parsedRole() {
        return InterventionInput.parse(PolarisationRole.class, role, "intervention.role.unknown");
    }

    public DynamicTag tag(DynamicTagId id) {
        return new DynamicTag(id, parsedRole(), dynamic, from, to);
    }
}
