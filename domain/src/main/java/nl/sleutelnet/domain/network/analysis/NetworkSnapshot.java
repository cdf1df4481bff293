package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/** The network at one moment, as the input of every analysis: members, ties, and the day it is seen from. */
public record NetworkSnapshot(List<NetworkMember> members, List<NetworkTie> ties, LocalDate asOf) {

    public NetworkSnapshot {
        members = ImmutableList.copyOf(members);
        ties = ImmutableList.copyOf(ties);
        checkNotNull(asOf, "asOf");
    }
}
