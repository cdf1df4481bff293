package nl.sleutelnet.application.port.in.network;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.analysis.Bridge;
import nl.sleutelnet.domain.network.analysis.Centrality;
import nl.sleutelnet.domain.network.analysis.Cluster;
import nl.sleutelnet.domain.network.analysis.CutVertex;
import nl.sleutelnet.domain.network.analysis.NetworkMember;
import nl.sleutelnet.domain.network.analysis.NetworkTie;
import nl.sleutelnet.domain.network.analysis.Turnover;

/**
 * The structure of the network on a day: who brokers, who is a single point of failure and what depends on them,
 * how the network falls apart into clusters, which contacts went stale, and how it grew over the period.
 *
 * @param members     every member with whether they count (active) — for drawing the network
 * @param ties        the ties that count (between active members, not faded)
 * @param betweennessApproximate the betweenness figures are an estimate (a network above the size set for exact
 *                       betweenness; see {@code docs/network-analysis.md})
 * @param staleAfterDays the number of days without contact after which an active key person is stale
 */
public record NetworkReport(LocalDate asOf, List<NetworkMember> members, List<NetworkTie> ties,
        List<Centrality> betweenness, boolean betweennessApproximate, List<CutVertex> cutVertices, List<Bridge> bridges, List<Cluster> clusters,
        int fadedTies, List<KeyPerson> stale, int staleAfterDays, Turnover turnover, Map<MemberRef, String> names) {

    public NetworkReport {
        members = ImmutableList.copyOf(members);
        ties = ImmutableList.copyOf(ties);
        betweenness = ImmutableList.copyOf(betweenness);
        cutVertices = ImmutableList.copyOf(cutVertices);
        bridges = ImmutableList.copyOf(bridges);
        clusters = ImmutableList.copyOf(clusters);
        stale = ImmutableList.copyOf(stale);
        names = ImmutableMap.copyOf(names);
    }

    public String name(MemberRef member) {
        return names.getOrDefault(member, member.toString());
    }

    public boolean isCutVertex(MemberRef member) {
        return cutVertices.stream().anyMatch(c -> c.member().equals(member));
    }
}
