package nl.sleutelnet.domain.network.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.sleutelnet.domain.network.MemberRef;

/**
 * The active network as arrays, for the algorithms: members numbered 0..n-1 in their natural order, and the ties as
 * adjacency lists in one array (compressed sparse rows), neighbours in ascending order. Everything here is
 * iterative (a network of 100,000 members does not fit a recursive depth-first search in a thread's stack) and every
 * result is the same for the same network, whatever the number of processors.
 */
final class IndexedNetwork {

    /** Betweenness is summed in this many fixed slices of the sources, in parallel, then added up in slice order. */
    private static final int SLICES = 16;

    private final MemberRef[] members;
    private final int[] offsets;
    private final int[] neighbours;
    /** The tie that counts, for each entry of {@code neighbours}. */
    private final NetworkTie[] ties;

    private IndexedNetwork(MemberRef[] members, int[] offsets, int[] neighbours, NetworkTie[] ties) {
        this.members = members;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.ties = ties;
    }

    /**
     * The network from candidate ties, straight into adjacency arrays: no graph object in between. Of several
     * candidates for the same pair the one {@code stronger} puts last counts; on a draw the one given first.
     *
     * @param members sorted, without duplicates
     * @param ends    {@code count} pairs of indices into {@code members}: candidate {@code i} joins
     *                {@code ends[2i]} and {@code ends[2i+1]}, two different members
     * @param tieOf   candidate {@code i}'s tie
     */
    static IndexedNetwork of(MemberRef[] members, int[] ends, NetworkTie[] tieOf, int count,
            Comparator<NetworkTie> stronger) {
        int n = members.length;
        int[] offsets = new int[n + 1];
        for (int i = 0; i < 2 * count; i++) {
            offsets[ends[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        // each entry: the neighbour in the high half, the candidate in the low half; sorted per member, this orders
        // the neighbours ascending and, per neighbour, the candidates in the order given
        int[] fill = Arrays.copyOf(offsets, n);
        long[] entries = new long[2 * count];
        for (int i = 0; i < count; i++) {
            int u = ends[2 * i];
            int v = ends[2 * i + 1];
            entries[fill[u]++] = (long) v << 32 | i;
            entries[fill[v]++] = (long) u << 32 | i;
        }
        int[] neighbours = new int[entries.length];
        NetworkTie[] ties = new NetworkTie[entries.length];
        int kept = 0;
        for (int v = 0; v < n; v++) {
            int from = offsets[v];
            int to = offsets[v + 1];
            Arrays.sort(entries, from, to);
            offsets[v] = kept;
            for (int k = from; k < to; k++) {
                int w = (int) (entries[k] >>> 32);
                NetworkTie tie = tieOf[(int) entries[k]];
                if (kept > offsets[v] && neighbours[kept - 1] == w) {
                    if (stronger.compare(tie, ties[kept - 1]) > 0) {
                        ties[kept - 1] = tie;
                    }
                } else {
                    neighbours[kept] = w;
                    ties[kept++] = tie;
                }
            }
        }
        offsets[n] = kept;
        if (kept < entries.length) {
            neighbours = Arrays.copyOf(neighbours, kept);
            ties = Arrays.copyOf(ties, kept);
        }
        return new IndexedNetwork(members, offsets, neighbours, ties);
    }

    int size() {
        return members.length;
    }

    int ties() {
        return neighbours.length / 2;
    }

    MemberRef member(int v) {
        return members[v];
    }

    /** The tie that counts between members {@code u} and {@code v}, or null. */
    NetworkTie tie(int u, int v) {
        int at = Arrays.binarySearch(neighbours, offsets[u], offsets[u + 1], v);
        return at >= 0 ? ties[at] : null;
    }

    // --- betweenness ---

    /**
     * Brandes' betweenness over unordered pairs (networkx {@code normalized=False}). With {@code pivots} below the
     * number of members, only that many sources are used, drawn with {@code seed}, and the sums are scaled by
     * {@code n / pivots}: an unbiased estimate (Brandes and Pich, 2007).
     */
    double[] betweenness(int pivots, long seed) {
        int n = members.length;
        int[] sources = pivots >= n ? IntStream.range(0, n).toArray() : sample(n, pivots, seed);
        int slices = Math.min(SLICES, Math.max(1, sources.length));
        Renumbered near = renumberedForLocality();
        double[][] partial = IntStream.range(0, slices).parallel().mapToObj(slice -> {
            double[] sum = new double[n];
            Scratch scratch = new Scratch(n, neighbours.length);
            int from = (int) ((long) sources.length * slice / slices);
            int to = (int) ((long) sources.length * (slice + 1) / slices);
            for (int i = from; i < to; i++) {
                near.accumulate(near.number[sources[i]], scratch, sum);
            }
            return sum;
        }).toArray(double[][]::new);
        double[] total = new double[n];
        for (double[] sum : partial) {
            for (int v = 0; v < n; v++) {
                total[v] += sum[near.number[v]];
            }
        }
        // every unordered pair is seen from both ends when all members are sources
        double scale = (double) n / sources.length / 2;
        for (int v = 0; v < n; v++) {
            total[v] *= scale;
        }
        return total;
    }

    /**
     * The same network with the members numbered in breadth-first order, so that members close in the network are
     * mostly close in memory too: the neighbours a search looks at next lie near each other in the arrays, which
     * matters once the arrays no longer fit a processor's cache (measured: about a fifth less CPU at 100,000
     * members, nothing at 10,000). Each member keeps its neighbours in the order
     * they have here (ascending by the natural numbering), so every search visits the same members in the same order
     * and adds the same numbers in the same order: the figures are the same to the last bit.
     */
    private Renumbered renumberedForLocality() {
        int n = members.length;
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int[] byNumber = new int[n];
        int numbered = 0;
        for (int root = 0; root < n; root++) {
            if (number[root] >= 0) {
                continue;
            }
            int head = numbered;
            number[root] = numbered;
            byNumber[numbered++] = root;
            while (head < numbered) {
                int v = byNumber[head++];
                for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                    int w = neighbours[i];
                    if (number[w] < 0) {
                        number[w] = numbered;
                        byNumber[numbered++] = w;
                    }
                }
            }
        }
        int[] renumberedOffsets = new int[n + 1];
        int[] renumberedNeighbours = new int[neighbours.length];
        int at = 0;
        for (int u = 0; u < n; u++) {
            int v = byNumber[u];
            renumberedOffsets[u] = at;
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                renumberedNeighbours[at++] = number[neighbours[i]];
            }
        }
        renumberedOffsets[n] = at;
        return new Renumbered(number, renumberedOffsets, renumberedNeighbours);
    }

    private static int[] sample(int n, int k, long seed) {
        int[] all = IntStream.range(0, n).toArray();
        Random random = new Random(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] chosen = Arrays.copyOf(all, k);
        Arrays.sort(chosen);
        return chosen;
    }

    /** Working arrays for one slice; reset along the way, so a source costs O(reached members + their ties). */
    private static final class Scratch {
        final int[] distance;
        final double[] paths;
        final double[] dependency;
        final int[] order;
        /** The successors (neighbours one step farther from the source) of the k-th member reached... */
        final int[] successors;
        /** ...are successors[successorsFrom[k]] up to successors[successorsFrom[k + 1]]. */
        final int[] successorsFrom;

        Scratch(int n, int entries) {
            distance = new int[n];
            Arrays.fill(distance, -1);
            paths = new double[n];
            dependency = new double[n];
            order = new int[n];
            successors = new int[entries];
            successorsFrom = new int[n + 1];
        }
    }

    /** The network numbered for locality ({@link #renumberedForLocality}); {@code number[v]} is member v's number. */
    private record Renumbered(int[] number, int[] offsets, int[] neighbours) {

        /**
         * One source's dependencies added to {@code sum}: a breadth-first search that notes each member's successors,
         * then back from the farthest over those successors only (not over every neighbour again). The successors are
         * noted in the order of the neighbours, so the sums are added in the same order as by a scan of the neighbours.
         */
        void accumulate(int source, Scratch s, double[] sum) {
            int[] distance = s.distance;
            double[] paths = s.paths;
            double[] dependency = s.dependency;
            int[] order = s.order;
            int[] successors = s.successors;
            int[] successorsFrom = s.successorsFrom;
            int head = 0;
            int tail = 0;
            int noted = 0;
            order[tail++] = source;
            distance[source] = 0;
            paths[source] = 1;
            while (head < tail) {
                successorsFrom[head] = noted;
                int v = order[head++];
                int next = distance[v] + 1;
                double pathsToV = paths[v];
                for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                    int w = neighbours[i];
                    int dw = distance[w];
                    if (dw < 0) {
                        distance[w] = next;
                        order[tail++] = w;
                        dw = next;
                    }
                    if (dw == next) {
                        paths[w] += pathsToV;
                        successors[noted++] = w;
                    }
                }
            }
            successorsFrom[tail] = noted;
            for (int k = tail - 1; k >= 0; k--) {
                int v = order[k];
                double pathsToV = paths[v];
                double d = 0;
                for (int j = successorsFrom[k], end = successorsFrom[k + 1]; j < end; j++) {
                    int w = successors[j];
                    d += pathsToV / paths[w] * (1 + dependency[w]);
                }
                dependency[v] = d;
                if (v != source) {
                    sum[v] += d;
                }
            }
            for (int k = 0; k < tail; k++) {
                int v = order[k];
                distance[v] = -1;
                paths[v] = 0;
                dependency[v] = 0;
            }
        }
    }

    // --- connected parts, cut vertices and bridges ---

    /**
     * One depth-first search over the whole network (iterative), with what the cut vertices, bridges and clusters
     * need: the visiting order, the lowest order reachable from each subtree through one back edge, the size of each
     * subtree, and the component of each member.
     */
    Search search() {
        return new Search();
    }

    final class Search {
        /** Visiting order of each member; the members of a subtree have consecutive orders. */
        final int[] order = new int[members.length];
        /** Member visited at each order. */
        final int[] visit = new int[members.length];
        final int[] low = new int[members.length];
        final int[] subtree = new int[members.length];
        final int[] parent = new int[members.length];
        /** The component (0, 1, ...) of each member; components are numbered in visiting order. */
        final int[] component = new int[members.length];
        /** The first visiting order of each component; one more entry for the end. */
        final List<Integer> componentStart = new ArrayList<>();

        private Search() {
            int n = members.length;
            Arrays.fill(order, -1);
            int[] cursor = new int[n];
            int[] stack = new int[n];
            int time = 0;
            for (int root = 0; root < n; root++) {
                if (order[root] >= 0) {
                    continue;
                }
                int c = componentStart.size();
                componentStart.add(time);
                int top = 0;
                stack[top++] = root;
                parent[root] = -1;
                order[root] = low[root] = time;
                visit[time++] = root;
                component[root] = c;
                cursor[root] = offsets[root];
                while (top > 0) {
                    int v = stack[top - 1];
                    if (cursor[v] < offsets[v + 1]) {
                        int w = neighbours[cursor[v]++];
                        if (order[w] < 0) {
                            parent[w] = v;
                            order[w] = low[w] = time;
                            visit[time++] = w;
                            component[w] = c;
                            cursor[w] = offsets[w];
                            stack[top++] = w;
                        } else if (w != parent[v]) {
                            low[v] = Math.min(low[v], order[w]);
                        }
                    } else {
                        top--;
                        subtree[v] = time - order[v];
                        if (parent[v] >= 0) {
                            low[parent[v]] = Math.min(low[parent[v]], low[v]);
                        }
                    }
                }
            }
            componentStart.add(n);
        }

        /** A simple graph has at most one tie per pair, so skipping the parent once is skipping the tree edge. */
        boolean separates(int v, int child) {
            return parent[child] == v && low[child] >= order[v];
        }

        boolean isBridge(int v, int child) {
            return parent[child] == v && low[child] > order[v];
        }

        /** The children of {@code v} in the depth-first tree. */
        List<Integer> children(int v) {
            List<Integer> children = new ArrayList<>();
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                int w = neighbours[i];
                if (parent[w] == v && w != parent[v]) {
                    children.add(w);
                }
            }
            return children;
        }

        int componentFrom(int v) {
            return componentStart.get(component[v]);
        }

        int componentTo(int v) {
            return componentStart.get(component[v] + 1);
        }
    }
}
