package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static com.google.common.collect.ImmutableSet.toImmutableSet;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.sleutelnet.domain.network.MemberRef;

/**
 * The network at one moment, as the input of every analysis: members, ties, and the day it is seen from.
 *
 * <p>The what-if operations return a new snapshot and change no data: "if these people left", "if we found
 * someone like this". Analyse both snapshots and compare them with {@link WhatIfComparison}.
 */
public record NetworkSnapshot(List<NetworkMember> members, List<NetworkTie> ties, LocalDate asOf) {

    public NetworkSnapshot {
        members = ImmutableList.copyOf(members);
        ties = ImmutableList.copyOf(ties);
        checkNotNull(asOf, "asOf");
    }

    /** The network as if {@code leaving} were gone, with every tie they had. */
    public NetworkSnapshot withoutMembers(Set<MemberRef> leaving) {
        checkArgument(refs().containsAll(leaving), "only members of the network can leave it: %s", leaving);
        return new NetworkSnapshot(
                members.stream().filter(m -> !leaving.contains(m.ref())).collect(toImmutableList()),
                ties.stream().filter(t -> !leaving.contains(t.a()) && !leaving.contains(t.b()))
                        .collect(toImmutableList()),
                asOf);
    }

    /**
     * The network as if {@code newcomer} joined with {@code newTies} to existing members. A tie needs a last
     * contact within the fade period to count, just like a real one; use {@link #asOf()} for "as of now".
     */
    public NetworkSnapshot withMember(NetworkMember newcomer, Collection<NetworkTie> newTies) {
        Set<MemberRef> present = refs();
        checkArgument(!present.contains(newcomer.ref()), "%s is already a member", newcomer.ref());
        for (NetworkTie tie : newTies) {
            MemberRef other = tie.a().equals(newcomer.ref()) ? tie.b() : tie.a();
            checkArgument(tie.involves(newcomer.ref()) && present.contains(other),
                    "a newcomer's tie joins them to an existing member: %s", tie);
        }
        return new NetworkSnapshot(ImmutableList.<NetworkMember>builder().addAll(members).add(newcomer).build(),
                ImmutableList.<NetworkTie>builder().addAll(ties).addAll(newTies).build(), asOf);
    }

    private Set<MemberRef> refs() {
        return members.stream().map(NetworkMember::ref).collect(toImmutableSet());
    }
}
