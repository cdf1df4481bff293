package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;

/**
 * Draagkracht: what the neighbourhood can carry itself, assessed before the intervention starts (and again when it
 * changes). When and by whom is on the timeline ({@code CAPACITY_ASSESSED}).
 *
 * @param initiatives    the local initiatives present, one short line each, in the writer's order
 * @param presentInScope the key persons and partners present in the scope, as the application drew them from the
 *                       network; the model stores what it is handed and does not look them up
 * @param drawnAt        when the network was consulted: the list is what the network was then (an empty list says
 *                       the network had nobody there, which is worth knowing too)
 * @param capacity       the judgement in one word
 * @param judgement      the judgement in words: what the neighbourhood can carry itself and where it needs help
 */
public record CapacityAssessment(List<String> initiatives, Set<MemberRef> presentInScope, Instant drawnAt,
        Capacity capacity, String judgement) {

    public static final int MAX_INITIATIVES = 30;
    public static final int MAX_INITIATIVE = 300;
    public static final int MAX_PRESENT = 500;

    public CapacityAssessment {
        checkNotNull(initiatives, "initiatives");
        initiatives = initiatives.stream().filter(Objects::nonNull)
                .map(line -> InterventionText.optional(line, MAX_INITIATIVE, "A local initiative"))
                .filter(line -> !line.isEmpty()).collect(ImmutableList.toImmutableList());
        Invariants.require(initiatives.size() <= MAX_INITIATIVES, "intervention.capacity.too-many-initiatives",
                "Name at most %d local initiatives; it had %d.", MAX_INITIATIVES, initiatives.size());
        checkNotNull(presentInScope, "presentInScope");
        Invariants.require(presentInScope.size() <= MAX_PRESENT, "intervention.capacity.too-many-members",
                "At most %d members of the network can be listed as present.", MAX_PRESENT);
        presentInScope = ImmutableSortedSet.copyOf(presentInScope);
        drawnAt = Timestamps.stored(checkNotNull(drawnAt, "drawnAt"));
        checkNotNull(capacity, "capacity");
        judgement = InterventionText.required(judgement, InterventionText.MAX_LENGTH,
                "The judgement of what the neighbourhood can carry itself");
    }

    /** The key persons among the members present. */
    public List<MemberRef> keyPersons() {
        return presentInScope.stream().filter(m -> m.kind() == MemberKind.KEY_PERSON).toList();
    }

    /** The partners among the members present. */
    public List<MemberRef> partners() {
        return presentInScope.stream().filter(m -> m.kind() == MemberKind.PARTNER).toList();
    }
}
