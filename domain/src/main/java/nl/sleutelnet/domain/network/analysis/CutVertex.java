package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Set;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;

/**
 * A single point of failure: a member whose leaving splits their part of the network. It answers the
 * coordinator's question "if this person leaves, which buurt loses its connection?".
 *
 * @param cutOff                   the groups that would lose touch with the rest of the network, largest first
 * @param buurtenLosingConnection  the buurten that the member's part of the network reaches now and that the rest
 *                                 (the largest remaining group) would no longer reach
 */
public record CutVertex(MemberRef member, List<Set<MemberRef>> cutOff, Set<NeighbourhoodCode> buurtenLosingConnection) {

    public CutVertex {
        checkNotNull(member, "member");
        cutOff = cutOff.stream().<Set<MemberRef>>map(ImmutableSortedSet::copyOf)
                .collect(ImmutableList.toImmutableList());
        checkArgument(!cutOff.isEmpty(), "a cut vertex cuts someone off");
        buurtenLosingConnection = ImmutableSortedSet.copyOf(buurtenLosingConnection);
    }
}
