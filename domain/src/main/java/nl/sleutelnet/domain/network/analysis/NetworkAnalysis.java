package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Comparator.comparingDouble;
import static java.util.Comparator.comparingInt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The figures a coordinator reads off the network on one day: coverage and white spots, brokers, single points of
 * failure, the ties everything hangs on, and clusters. Only what counts on that day is analysed: active members and
 * the ties between them that have not faded (see {@link AnalysisSettings}). Every list comes in a fixed order, so a
 * screen or a report shows the same thing twice. The definitions are in {@code docs/network-analysis.md}.
 *
 * <p>The network is built straight into arrays ({@link IndexedNetwork}): members numbered in their natural order, the
 * strongest tie that counts per pair. The algorithms are iterative, so a large network does not overflow the stack,
 * and take time that grows with the network, not with the network times its cut vertices. No graph type leaves this
 * class.
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

    /** The sources of sampled betweenness are drawn with this seed, so the same network gives the same figures. */
    static final long PIVOT_SEED = 0x5eed_5e17L;

    /** In {@link #index}: a member of the snapshot who does not count. */
    private static final Integer INACTIVE = -1;

    /** The active members in their natural order; a member's position is their index in {@link #graph}. */
    private final NetworkMember[] activeMembers;
    private final MemberRef[] activeRefs;
    /** The active members in the snapshot's order (which is close to their order in memory), with their index. */
    private final NetworkMember[] inSnapshotOrder;
    private final int[] snapshotOrderIndex;
    /** Every member of the snapshot: the index of an active one, {@link #INACTIVE} for the others. */
    private final Map<MemberRef, Integer> index;
    private final IndexedNetwork graph;
    private final AnalysisSettings settings;
    private final int fadedTies;
    private IndexedNetwork.Search search;

    private NetworkAnalysis(NetworkMember[] activeMembers, MemberRef[] activeRefs, NetworkMember[] inSnapshotOrder,
            int[] snapshotOrderIndex, Map<MemberRef, Integer> index, IndexedNetwork graph, AnalysisSettings settings,
            int fadedTies) {
        this.activeMembers = activeMembers;
        this.activeRefs = activeRefs;
        this.inSnapshotOrder = inSnapshotOrder;
        this.snapshotOrderIndex = snapshotOrderIndex;
        this.index = index;
        this.graph = graph;
        this.settings = settings;
        this.fadedTies = fadedTies;
    }

    /**
     * Builds the network that counts on {@code snapshot.asOf()}: the active members, and the ties between two of them
     * that have not faded. Ties that name a member not in the snapshot are ignored.
     */
    public static NetworkAnalysis of(NetworkSnapshot snapshot, AnalysisSettings settings) {
        checkNotNull(snapshot, "snapshot");
        checkNotNull(settings, "settings");
        List<NetworkMember> members = snapshot.members();
        Map<MemberRef, Integer> index = new HashMap<>(members.size() * 4 / 3 + 1);
        int activeCount = 0;
        for (NetworkMember member : members) {
            checkArgument(index.putIfAbsent(member.ref(), INACTIVE) == null, "member %s appears twice in the snapshot",
                    member.ref());
            if (member.active()) {
                activeCount++;
            }
        }
        NetworkMember[] active = new NetworkMember[activeCount];
        int a = 0;
        for (NetworkMember member : members) {
            if (member.active()) {
                active[a++] = member;
            }
        }
        NetworkMember[] inSnapshotOrder = active.clone();
        Arrays.sort(active, (x, y) -> x.ref().compareTo(y.ref()));
        MemberRef[] refs = new MemberRef[activeCount];
        for (int i = 0; i < activeCount; i++) {
            refs[i] = active[i].ref();
            index.put(refs[i], i);
        }
        int[] snapshotOrderIndex = new int[activeCount];
        for (int i = 0; i < activeCount; i++) {
            snapshotOrderIndex[i] = index.get(inSnapshotOrder[i].ref());
        }
        // the candidates: ties between two active members that have not faded, in the snapshot's order
        List<NetworkTie> ties = snapshot.ties();
        Predicate<NetworkTie> faded = settings.fadedOn(snapshot.asOf());
        int[] ends = new int[2 * ties.size()];
        NetworkTie[] candidates = new NetworkTie[ties.size()];
        int count = 0;
        int fadedCount = 0;
        for (NetworkTie tie : ties) {
            Integer u = index.get(tie.a());
            Integer v = index.get(tie.b());
            if (u == null || v == null || u < 0 || v < 0) {
                continue;
            }
            if (faded.test(tie)) {
                fadedCount++;
                continue;
            }
            ends[2 * count] = u;
            ends[2 * count + 1] = v;
            candidates[count++] = tie;
        }
        IndexedNetwork graph = IndexedNetwork.of(refs, ends, candidates, count, STRONGER);
        return new NetworkAnalysis(active, refs, inSnapshotOrder, snapshotOrderIndex, index, graph, settings,
                fadedCount);
    }

    /** For every buurt × theme asked, the active key persons who reach it; see {@link Coverage}. */
    public Coverage coverage(List<NeighbourhoodCode> buurten, List<ThemeCode> themes) {
        return Coverage.of(inSnapshotOrder, snapshotOrderIndex, activeRefs, buurten, themes);
    }

    /**
     * Betweenness of every active member, highest first (then by member). Brandes' algorithm in O(n·m) for n members
     * and m ties; above {@link AnalysisSettings#exactBetweennessUpTo()} members an estimate from
     * {@link AnalysisSettings#betweennessPivots()} sources (see {@link #betweennessIsApproximate()}).
     */
    public List<Centrality> betweenness() {
        int n = graph.size();
        double pairs = (n - 1) * (n - 2.0) / 2;
        double[] raw = graph.betweenness(betweennessIsApproximate() ? settings.betweennessPivots() : n, PIVOT_SEED);
        List<Centrality> scores = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            // an estimate can exceed the largest possible value; a share of the pairs is at most 1
            double normalised = n < 3 ? 0 : Math.min(1, raw[v] / pairs);
            scores.add(new Centrality(graph.member(v), raw[v], normalised));
        }
        scores.sort(comparingDouble(Centrality::raw).reversed().thenComparing(Centrality::member));
        return ImmutableList.copyOf(scores);
    }

    /**
     * Whether {@link #betweenness()} is an estimate: the network has more active members than
     * {@link AnalysisSettings#exactBetweennessUpTo()}. The estimate's error is measured in
     * {@code docs/network-analysis.md}.
     */
    public boolean betweennessIsApproximate() {
        return graph.size() > settings.exactBetweennessUpTo() && settings.betweennessPivots() < graph.size();
    }

    /**
     * The members whose leaving splits their part of the network (Hopcroft–Tarjan), most buurten losing their
     * connection first, then by member.
     */
    public List<CutVertex> cutVertices() {
        IndexedNetwork.Search dfs = search();
        int[] smallest = smallestInSubtree(dfs);
        Map<Integer, Map<NeighbourhoodCode, Integer>> reachPerComponent = new HashMap<>();
        List<CutVertex> result = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            List<Part> parts = new ArrayList<>();
            int separated = 0;
            for (int child : dfs.children(v)) {
                if (dfs.separates(v, child)) {
                    parts.add(new Part(dfs.order[child], dfs.order[child] + dfs.subtree[child], smallest[child]));
                    separated += dfs.subtree[child];
                }
            }
            int from = dfs.componentFrom(v);
            int to = dfs.componentTo(v);
            int rest = to - from - 1 - separated;
            if (parts.size() + (rest > 0 ? 1 : 0) < 2) {
                continue;
            }
            parts.sort(Comparator.comparingInt(Part::from));
            List<Part> ranges = List.copyOf(parts);
            if (rest > 0) {
                parts.add(Part.remainder(rest));
            }
            int leaving = v;
            Part largest = parts.stream().min(Comparator.comparingInt(Part::size).reversed()
                    .thenComparingInt(p -> p.smallest(dfs, from, to, leaving, ranges))).orElseThrow();
            List<ImmutableSortedSet<MemberRef>> cutOff = parts.stream().filter(p -> p != largest)
                    .map(p -> members(p.orders(dfs, from, to, leaving, ranges)))
                    .sorted(LARGEST_FIRST).collect(toImmutableList());
            Map<NeighbourhoodCode, Integer> reach = reachPerComponent.computeIfAbsent(dfs.component[v],
                    c -> reach(IntStream.range(from, to).map(o -> dfs.visit[o])));
            Map<NeighbourhoodCode, Integer> lost = reach(IntStream.concat(IntStream.of(v), cutOff.stream()
                    .flatMap(Set::stream).mapToInt(this::index)));
            Set<NeighbourhoodCode> losing = lost.entrySet().stream()
                    .filter(e -> e.getValue().equals(reach.get(e.getKey()))).map(Map.Entry::getKey)
                    .collect(ImmutableSortedSet.toImmutableSortedSet(Ordering.natural()));
            result.add(new CutVertex(graph.member(v), ImmutableList.<Set<MemberRef>>copyOf(cutOff), losing));
        }
        result.sort(comparingInt((CutVertex c) -> c.buurtenLosingConnection().size()).reversed()
                .thenComparing(CutVertex::member));
        return ImmutableList.copyOf(result);
    }

    /** The ties that are the only line between two groups, the largest group cut off first. */
    public List<Bridge> bridges() {
        IndexedNetwork.Search dfs = search();
        int[] smallest = smallestInSubtree(dfs);
        List<Bridge> result = new ArrayList<>();
        for (int c = 0; c < graph.size(); c++) {
            int p = dfs.parent[c];
            if (p < 0 || !dfs.isBridge(p, c)) {
                continue;
            }
            int from = dfs.componentFrom(c);
            int to = dfs.componentTo(c);
            Part below = new Part(dfs.order[c], dfs.order[c] + dfs.subtree[c], smallest[c]);
            int above = to - from - below.size();
            // the side that sorts first (larger, or on equal size the one with the component's smallest member) stays
            boolean belowIsSmaller = below.size() < above
                    || below.size() == above && smallest[dfs.visit[from]] != below.smallest();
            IntStream side = belowIsSmaller ? below.orders(dfs, from, to, -1, List.of())
                    : IntStream.concat(IntStream.range(from, below.from()), IntStream.range(below.to(), to));
            MemberRef u = graph.member(Math.min(p, c));
            MemberRef w = graph.member(Math.max(p, c));
            result.add(new Bridge(u, w, members(side)));
        }
        result.sort(comparingInt((Bridge b) -> b.smallerSide().size()).reversed().thenComparing(Bridge::a)
                .thenComparing(Bridge::b));
        return ImmutableList.copyOf(result);
    }

    /** The connected parts of the active network, largest first; an active member without ties is one alone. */
    public List<Cluster> clusters() {
        IndexedNetwork.Search dfs = search();
        List<ImmutableSortedSet<MemberRef>> parts = new ArrayList<>();
        for (int c = 0; c + 1 < dfs.componentStart.size(); c++) {
            parts.add(members(IntStream.range(dfs.componentStart.get(c), dfs.componentStart.get(c + 1))));
        }
        parts.sort(LARGEST_FIRST);
        return parts.stream().map(part -> new Cluster(part.asList(), buurtenOf(part))).collect(toImmutableList());
    }

    /** How many ties between two active members were left out because they had faded. */
    public int fadedTies() {
        return fadedTies;
    }

    /** The tie that counts between two members: the strongest that has not faded, if any. */
    public Optional<NetworkTie> tie(MemberRef a, MemberRef b) {
        Integer u = index.get(a);
        Integer v = index.get(b);
        if (u == null || v == null || u < 0 || v < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(graph.tie(u, v));
    }

    /**
     * A group of members left when someone leaves: a subtree of the depth-first search (a range of visiting orders),
     * or the remainder of the component (size only; {@code from} is -1).
     */
    private record Part(int from, int to, int smallestKnown, int size) {

        Part(int from, int to, int smallest) {
            this(from, to, smallest, to - from);
        }

        static Part remainder(int size) {
            return new Part(-1, -1, -1, size);
        }

        int smallest() {
            return smallestKnown;
        }

        /** The smallest member index; for the remainder found by walking the component (only asked on a tie). */
        int smallest(IndexedNetwork.Search dfs, int compFrom, int compTo, int leaving, List<Part> ranges) {
            return from >= 0 ? smallestKnown : orders(dfs, compFrom, compTo, leaving, ranges).map(o -> dfs.visit[o])
                    .min().orElseThrow();
        }

        /** The visiting orders of the members in this part. */
        IntStream orders(IndexedNetwork.Search dfs, int compFrom, int compTo, int leaving, List<Part> ranges) {
            if (from >= 0) {
                return IntStream.range(from, to);
            }
            IntStream.Builder rest = IntStream.builder();
            int o = compFrom;
            for (Part range : ranges) {
                for (; o < range.from(); o++) {
                    if (dfs.visit[o] != leaving) {
                        rest.add(o);
                    }
                }
                o = range.to();
            }
            for (; o < compTo; o++) {
                if (dfs.visit[o] != leaving) {
                    rest.add(o);
                }
            }
            return rest.build();
        }
    }

    private IndexedNetwork.Search search() {
        if (search == null) {
            search = graph.search();
        }
        return search;
    }

    /** For each member, the smallest member index in its depth-first subtree (children are visited after parents). */
    private static int[] smallestInSubtree(IndexedNetwork.Search dfs) {
        int n = dfs.order.length;
        int[] smallest = new int[n];
        for (int v = 0; v < n; v++) {
            smallest[v] = v;
        }
        for (int o = n - 1; o >= 0; o--) {
            int v = dfs.visit[o];
            int p = dfs.parent[v];
            if (p >= 0) {
                smallest[p] = Math.min(smallest[p], smallest[v]);
            }
        }
        return smallest;
    }

    private ImmutableSortedSet<MemberRef> members(IntStream orders) {
        IndexedNetwork.Search dfs = search();
        return orders.map(o -> dfs.visit[o]).sorted().mapToObj(graph::member)
                .collect(ImmutableSortedSet.toImmutableSortedSet(Ordering.natural()));
    }

    private int index(MemberRef member) {
        return index.get(member);
    }

    /** Per buurt, how many of these members reach it. */
    private Map<NeighbourhoodCode, Integer> reach(IntStream memberIndices) {
        Map<NeighbourhoodCode, Integer> counts = new HashMap<>();
        memberIndices.forEach(v -> activeMembers[v].neighbourhoods()
                .forEach(b -> counts.merge(b, 1, Integer::sum)));
        return counts;
    }

    private ImmutableSortedSet<NeighbourhoodCode> buurtenOf(Collection<MemberRef> members) {
        return members.stream().flatMap(m -> activeMembers[index(m)].neighbourhoods().stream())
                .collect(ImmutableSortedSet.toImmutableSortedSet(Ordering.natural()));
    }
}
