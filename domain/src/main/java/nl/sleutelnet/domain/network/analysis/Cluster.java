package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Set;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;

/**
 * A part of the active network in which everyone can reach everyone through ties that count; an active member
 * without such ties is a cluster alone. Several clusters mean the network does not pass a message on as a whole.
 *
 * @param members        sorted
 * @param neighbourhoods the buurten the members reach together
 */
public record Cluster(List<MemberRef> members, Set<NeighbourhoodCode> neighbourhoods) {

    public Cluster {
        members = ImmutableList.sortedCopyOf(members);
        checkArgument(!members.isEmpty(), "a cluster has at least one member");
        neighbourhoods = ImmutableSortedSet.copyOf(neighbourhoods);
    }
}
