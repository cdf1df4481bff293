package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.domain.network.MemberRef;

/**
 * How much a member is a broker: the share of shortest paths between other members that run through them.
 *
 * @param raw        the sum over unordered pairs {s, t} of other members of the fraction of shortest s–t paths that
 *                   pass through the member (networkx {@code normalized=False}, igraph {@code betweenness})
 * @param normalised {@code raw} divided by the number of such pairs, {@code (n-1)(n-2)/2}, so 1 is the centre of a
 *                   star; 0 in a network of fewer than 3 members
 */
public record Centrality(MemberRef member, double raw, double normalised) {

    public Centrality {
        checkNotNull(member, "member");
        checkArgument(raw >= 0 && normalised >= 0, "betweenness is never negative");
    }
}
