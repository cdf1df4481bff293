package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Comparator.comparingDouble;
import static java.util.Comparator.comparingInt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import com.google.common.collect.Sets;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * The figures a coordinator reads off the network on one day: coverage and white spots, brokers, single points of
 * failure, the ties everything hangs on, and clusters. Only what counts on that day is analysed: active members and
 * the ties between them that have not faded (see {@link AnalysisSettings}). Every list comes in a fixed order, so a
 * screen or a report shows the same thing twice. The definitions are in {@code docs/network-analysis.md}.
 *
 * <p>The network is kept as a Guava value graph (a member per node, the strongest tie that counts per pair); the
 * algorithms run on a copy in JGraphT. Neither graph type leaves this class.
 */
public final class NetworkAnalysis {

    /**
     * Largest first, and on equal size the group with the smallest member first. It orders clusters, and after a
     * member leaves it picks "the rest of the network": the first group is the rest, the others are cut off.
     */
    private static final Comparator<ImmutableSortedSet<MemberRef>> LARGEST_FIRST =
            Comparator.<ImmutableSortedSet<MemberRef>>comparingInt(Set::size).reversed()
                    .thenComparing(ImmutableSortedSet::first);

    /** Of two ties between the same pair the stronger counts; on equal strength the more recent contact. */
    private static final Comparator<NetworkTie> STRONGER = comparingInt(NetworkTie::strength)
            .thenComparing(NetworkTie::lastContact, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final ImmutableSortedMap<MemberRef, NetworkMember> activeMembers;
    private final ImmutableValueGraph<MemberRef, NetworkTie> network;
    private final Graph<MemberRef, DefaultEdge> graph;
    private final int fadedTies;

    private NetworkAnalysis(ImmutableSortedMap<MemberRef, NetworkMember> activeMembers,
            ImmutableValueGraph<MemberRef, NetworkTie> network, int fadedTies) {
        this.activeMembers = activeMembers;
        this.network = network;
        this.graph = forAlgorithms(network);
        this.fadedTies = fadedTies;
    }

    /**
     * Builds the network that counts on {@code snapshot.asOf()}: the active members, and the ties between two of them
     * that have not faded. Ties that name a member not in the snapshot are ignored.
     */
    public static NetworkAnalysis of(NetworkSnapshot snapshot, AnalysisSettings settings) {
        checkNotNull(snapshot, "snapshot");
        checkNotNull(settings, "settings");
        Set<MemberRef> seen = new HashSet<>();
        for (NetworkMember member : snapshot.members()) {
            checkArgument(seen.add(member.ref()), "member %s appears twice in the snapshot", member.ref());
        }
        ImmutableSortedMap<MemberRef, NetworkMember> active = snapshot.members().stream()
                .filter(NetworkMember::active)
                .collect(ImmutableSortedMap.toImmutableSortedMap(Ordering.natural(), NetworkMember::ref, m -> m));
        MutableValueGraph<MemberRef, NetworkTie> network = ValueGraphBuilder.undirected()
                .nodeOrder(ElementOrder.<MemberRef>natural()).build();
        active.keySet().forEach(network::addNode);
        int faded = 0;
        for (NetworkTie tie : snapshot.ties()) {
            if (!active.containsKey(tie.a()) || !active.containsKey(tie.b())) {
                continue;
            }
            if (settings.hasFaded(tie, snapshot.asOf())) {
                faded++;
                continue;
            }
            Optional<NetworkTie> present = network.edgeValue(tie.a(), tie.b());
            if (present.isEmpty() || STRONGER.compare(tie, present.get()) > 0) {
                network.putEdgeValue(tie.a(), tie.b(), tie);
            }
        }
        return new NetworkAnalysis(active, ImmutableValueGraph.copyOf(network), faded);
    }

    /** For every buurt × theme asked, the active key persons who reach it; see {@link Coverage}. */
    public Coverage coverage(List<NeighbourhoodCode> buurten, List<ThemeCode> themes) {
        return Coverage.of(activeMembers.values(), buurten, themes);
    }

    /**
     * Betweenness of every active member, highest first (then by member). Brandes' algorithm, through JGraphT, in
     * O(n·m) for n members and m ties.
     */
    public List<Centrality> betweenness() {
        int n = graph.vertexSet().size();
        double pairs = (n - 1) * (n - 2.0) / 2;
        // JGraphT halves its sum on an undirected graph, so its unnormalised score counts each unordered pair once,
        // like networkx and igraph. Its own normalisation divides by (n-1)(n-2), which is half the published
        // normalised value; so we take the raw score and divide by the number of pairs ourselves.
        return new BetweennessCentrality<>(graph, false).getScores().entrySet().stream()
                .map(e -> new Centrality(e.getKey(), e.getValue(), n < 3 ? 0 : e.getValue() / pairs))
                .sorted(comparingDouble(Centrality::raw).reversed().thenComparing(Centrality::member))
                .collect(toImmutableList());
    }

    /**
     * The members whose leaving splits their part of the network (Hopcroft–Tarjan, through JGraphT), most buurten
     * losing their connection first, then by member.
     */
    public List<CutVertex> cutVertices() {
        ConnectivityInspector<MemberRef, DefaultEdge> connectivity = new ConnectivityInspector<>(graph);
        return new BiconnectivityInspector<>(graph).getCutpoints().stream().map(leaving -> {
            Set<MemberRef> component = connectivity.connectedSetOf(leaving);
            List<ImmutableSortedSet<MemberRef>> parts = partsOf(component, leaving::equals, tie -> false);
            return new CutVertex(leaving, ImmutableList.<Set<MemberRef>>copyOf(parts.subList(1, parts.size())),
                    Sets.difference(buurtenOf(component), buurtenOf(parts.get(0))));
        }).sorted(comparingInt((CutVertex c) -> c.buurtenLosingConnection().size()).reversed()
                .thenComparing(CutVertex::member)).collect(toImmutableList());
    }

    /** The ties that are the only line between two groups, the largest group cut off first. */
    public List<Bridge> bridges() {
        ConnectivityInspector<MemberRef, DefaultEdge> connectivity = new ConnectivityInspector<>(graph);
        return new BiconnectivityInspector<>(graph).getBridges().stream().map(bridge -> {
            MemberRef u = graph.getEdgeSource(bridge);
            MemberRef v = graph.getEdgeTarget(bridge);
            List<ImmutableSortedSet<MemberRef>> sides = partsOf(connectivity.connectedSetOf(u), m -> false,
                    bridge::equals);
            return new Bridge(Ordering.natural().min(u, v), Ordering.natural().max(u, v), sides.get(1));
        }).sorted(comparingInt((Bridge b) -> b.smallerSide().size()).reversed().thenComparing(Bridge::a)
                .thenComparing(Bridge::b)).collect(toImmutableList());
    }

    /** The connected parts of the active network, largest first; an active member without ties is one alone. */
    public List<Cluster> clusters() {
        return partsOf(graph).stream().map(part -> new Cluster(part.asList(), buurtenOf(part)))
                .collect(toImmutableList());
    }

    /** How many ties between two active members were left out because they had faded. */
    public int fadedTies() {
        return fadedTies;
    }

    /** The tie that counts between two members: the strongest that has not faded, if any. */
    public Optional<NetworkTie> tie(MemberRef a, MemberRef b) {
        if (!network.nodes().contains(a) || !network.nodes().contains(b)) {
            return Optional.empty();
        }
        return network.edgeValue(a, b);
    }

    /** What is left of {@code component} without the members and ties named, in {@link #LARGEST_FIRST} order. */
    private List<ImmutableSortedSet<MemberRef>> partsOf(Set<MemberRef> component, Predicate<MemberRef> leaving,
            Predicate<DefaultEdge> broken) {
        return partsOf(new MaskSubgraph<>(graph, m -> !component.contains(m) || leaving.test(m), broken));
    }

    private static List<ImmutableSortedSet<MemberRef>> partsOf(Graph<MemberRef, DefaultEdge> g) {
        return new ConnectivityInspector<>(g).connectedSets().stream().map(ImmutableSortedSet::copyOf)
                .sorted(LARGEST_FIRST).collect(toImmutableList());
    }

    private ImmutableSortedSet<NeighbourhoodCode> buurtenOf(Collection<MemberRef> members) {
        return members.stream().flatMap(m -> activeMembers.get(m).neighbourhoods().stream())
                .collect(ImmutableSortedSet.toImmutableSortedSet(Ordering.natural()));
    }

    /** A by-hand copy (jgrapht-guava is not available), nodes and ties in sorted order so results never vary. */
    private static Graph<MemberRef, DefaultEdge> forAlgorithms(ValueGraph<MemberRef, NetworkTie> network) {
        Graph<MemberRef, DefaultEdge> copy = new SimpleGraph<>(DefaultEdge.class);
        network.nodes().forEach(copy::addVertex);
        for (MemberRef u : network.nodes()) {
            network.adjacentNodes(u).stream().filter(v -> u.compareTo(v) < 0).sorted()
                    .forEach(v -> copy.addEdge(u, v));
        }
        return new AsUnmodifiableGraph<>(copy);
    }
}
