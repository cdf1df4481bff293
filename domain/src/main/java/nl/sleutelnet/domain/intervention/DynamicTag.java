package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * A polarisation role tagging a <em>dynamic</em> described in the case, for a period: "Since the meeting of 3 March a
 * group at the school square sets the tone against the new shelter" as {@link PolarisationRole#PUSHER}.
 *
 * <p>Never a person. The record has exactly these components: its own id, the role, the description of the dynamic
 * and the period. None of them can hold a member of the network, an account or any other person's id, so a role
 * cannot be attached to anyone; {@code DynamicTagModelTest} fails when a component is added. The description is free
 * text and screened like all text of an intervention; names cannot be recognised and remain the writer's duty: write
 * what happens, not who does it.
 *
 * @param from the first day of the period
 * @param to   the last day of the period, or null while the dynamic goes on
 */
public record DynamicTag(DynamicTagId id, PolarisationRole role, String dynamic, LocalDate from, LocalDate to) {

    public static final int MAX_DYNAMIC = 1000;

    public DynamicTag {
        checkNotNull(id, "id");
        checkNotNull(role, "role");
        dynamic = InterventionText.required(dynamic, MAX_DYNAMIC, "The description of the dynamic");
        checkNotNull(from, "from");
        Invariants.require(to == null || !to.isBefore(from), "intervention.dynamic.period",
                "The period of a dynamic ends on or after its first day (%s); it ended on %s.", from, to);
    }

    /** The last day, empty while the dynamic goes on. */
    public Optional<LocalDate> until() {
        return Optional.ofNullable(to);
    }

    public boolean isOngoing() {
        return to == null;
    }
}
