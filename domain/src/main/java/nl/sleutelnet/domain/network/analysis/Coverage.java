package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Which active key persons reach each buurt for each theme. A cell without anyone is a white spot ("witte vlek"):
 * when tension on that theme rises in that buurt, there is no key person to ask. Partners do not count here: they
 * serve a buurt but are not the citizens' eyes and ears the approach depends on.
 *
 * <p>A value: equal when the cells and the counts per buurt are equal. {@link #count} and {@link #keyPersons} find a
 * cell by hash, not by walking the cells.
 */
public final class Coverage {

    /** One buurt × theme, with the active key persons who reach both (sorted). */
    public record Cell(NeighbourhoodCode buurt, ThemeCode theme, List<MemberRef> keyPersons) {

        public Cell {
            checkNotNull(buurt, "buurt");
            checkNotNull(theme, "theme");
            keyPersons = keyPersons instanceof Sorted sorted ? sorted.refs : ImmutableList.sortedCopyOf(keyPersons);
        }

        public int count() {
            return keyPersons.size();
        }

        public boolean isWhiteSpot() {
            return keyPersons.isEmpty();
        }
    }

    /** Members known to be sorted already (the analysis collects them in order), so a cell need not sort again. */
    private static final class Sorted extends AbstractList<MemberRef> implements RandomAccess {
        static final Sorted EMPTY = new Sorted(ImmutableList.of());

        private final ImmutableList<MemberRef> refs;

        Sorted(ImmutableList<MemberRef> refs) {
            this.refs = refs;
        }

        @Override
        public MemberRef get(int index) {
            return refs.get(index);
        }

        @Override
        public int size() {
            return refs.size();
        }
    }

    private final ImmutableList<Cell> cells;
    private final ImmutableMap<NeighbourhoodCode, Integer> keyPersonsPerBuurt;
    /** The cells by buurt and theme, made when first asked (a race makes the same map twice, harmlessly). */
    private volatile Map<NeighbourhoodCode, Map<ThemeCode, Cell>> byBuurtAndTheme;

    /**
     * @param cells              one per buurt × theme, buurten in the order asked, themes in the order asked within
     *                           each
     * @param keyPersonsPerBuurt per buurt, in the order asked, the number of active key persons regardless of theme
     */
    public Coverage(List<Cell> cells, Map<NeighbourhoodCode, Integer> keyPersonsPerBuurt) {
        this(ImmutableList.copyOf(cells), ImmutableMap.copyOf(keyPersonsPerBuurt));
        for (Cell cell : this.cells) {
            checkArgument(this.keyPersonsPerBuurt.containsKey(cell.buurt()), "every cell's buurt has a count: %s",
                    cell.buurt());
        }
    }

    /** Made by {@link #of}, which gives every buurt a count. */
    private Coverage(ImmutableList<Cell> cells, ImmutableMap<NeighbourhoodCode, Integer> keyPersonsPerBuurt) {
        this.cells = cells;
        this.keyPersonsPerBuurt = keyPersonsPerBuurt;
    }

    /**
     * Counts, for every buurt × theme asked, the active key persons among {@code members}. First one pass over the
     * members in the order given (the snapshot's, which is close to their order in memory) notes each member's cells
     * as numbers; then a pass in the members' natural order fills the cells, so each cell comes out sorted.
     *
     * @param members    active members, in any order
     * @param positions  for each of {@code members}, its position in {@code sortedRefs}
     * @param sortedRefs the active members' references in their natural order
     */
    static Coverage of(NetworkMember[] members, int[] positions, MemberRef[] sortedRefs,
            List<NeighbourhoodCode> buurten, List<ThemeCode> themes) {
        Map<NeighbourhoodCode, Integer> buurtAt = new HashMap<>(buurten.size() * 4 / 3 + 1);
        for (int b = 0; b < buurten.size(); b++) {
            checkArgument(buurtAt.put(checkNotNull(buurten.get(b), "buurt"), b) == null, "each buurt once: %s",
                    buurten);
        }
        Map<ThemeCode, Integer> themeAt = new HashMap<>(themes.size() * 4 / 3 + 1);
        for (int t = 0; t < themes.size(); t++) {
            checkArgument(themeAt.put(checkNotNull(themes.get(t), "theme"), t) == null, "each theme once: %s",
                    themes);
        }
        int themeCount = themes.size();
        int[] perBuurt = new int[buurten.size()];
        int[] cellSize = new int[buurten.size() * themeCount];
        // the cells of member k (in the order given) are cellOf[start[k]] .. cellOf[start[k + 1] - 1]
        int[] start = new int[members.length + 1];
        int[] cellOf = new int[Math.max(16, members.length * 2)];
        int entries = 0;
        for (int k = 0; k < members.length; k++) {
            start[k] = entries;
            NetworkMember member = members[k];
            if (!member.isKeyPerson()) {
                continue;
            }
            for (NeighbourhoodCode buurt : member.neighbourhoods()) {
                Integer b = buurtAt.get(buurt);
                if (b == null) {
                    continue;
                }
                perBuurt[b]++;
                for (ThemeCode theme : member.themes()) {
                    Integer t = themeAt.get(theme);
                    if (t != null) {
                        if (entries == cellOf.length) {
                            cellOf = Arrays.copyOf(cellOf, entries * 2);
                        }
                        int c = b * themeCount + t;
                        cellOf[entries++] = c;
                        cellSize[c]++;
                    }
                }
            }
        }
        start[members.length] = entries;
        int[] inOrder = new int[members.length];
        for (int k = 0; k < members.length; k++) {
            inOrder[positions[k]] = k;
        }
        MemberRef[][] inCell = new MemberRef[cellSize.length][];
        int[] filled = new int[cellSize.length];
        for (int p = 0; p < inOrder.length; p++) {
            int k = inOrder[p];
            for (int e = start[k]; e < start[k + 1]; e++) {
                int c = cellOf[e];
                if (inCell[c] == null) {
                    inCell[c] = new MemberRef[cellSize[c]];
                }
                inCell[c][filled[c]++] = sortedRefs[p];
            }
        }
        ImmutableList.Builder<Cell> cells = ImmutableList.builderWithExpectedSize(cellSize.length);
        ImmutableMap.Builder<NeighbourhoodCode, Integer> counts = ImmutableMap.builderWithExpectedSize(buurten.size());
        for (int b = 0; b < buurten.size(); b++) {
            counts.put(buurten.get(b), perBuurt[b]);
            for (int t = 0; t < themeCount; t++) {
                int c = b * themeCount + t;
                Sorted keyPersons = inCell[c] == null ? Sorted.EMPTY : new Sorted(ImmutableList.copyOf(inCell[c]));
                cells.add(new Cell(buurten.get(b), themes.get(t), keyPersons));
            }
        }
        return new Coverage(cells.build(), counts.buildOrThrow());
    }

    /** One per buurt × theme, buurten in the order asked, themes in the order asked within each. */
    public List<Cell> cells() {
        return cells;
    }

    /** Per buurt, in the order asked, the number of active key persons regardless of theme. */
    public Map<NeighbourhoodCode, Integer> keyPersonsPerBuurt() {
        return keyPersonsPerBuurt;
    }

    public int count(NeighbourhoodCode buurt, ThemeCode theme) {
        return cell(buurt, theme).count();
    }

    public List<MemberRef> keyPersons(NeighbourhoodCode buurt, ThemeCode theme) {
        return cell(buurt, theme).keyPersons();
    }

    /** The cells without any active key person, in the order of {@link #cells()}. */
    public List<Cell> whiteSpots() {
        return cells.stream().filter(Cell::isWhiteSpot).collect(toImmutableList());
    }

    /** The number of active key persons in {@code buurt}, whatever their themes. */
    public int keyPersonsIn(NeighbourhoodCode buurt) {
        Integer count = keyPersonsPerBuurt.get(buurt);
        checkArgument(count != null, "%s was not part of this coverage", buurt);
        return count;
    }

    private Cell cell(NeighbourhoodCode buurt, ThemeCode theme) {
        Map<NeighbourhoodCode, Map<ThemeCode, Cell>> index = byBuurtAndTheme;
        if (index == null) {
            Map<NeighbourhoodCode, Map<ThemeCode, Cell>> made = new HashMap<>();
            for (Cell cell : cells) {
                made.computeIfAbsent(cell.buurt(), b -> new HashMap<>()).putIfAbsent(cell.theme(), cell);
            }
            index = ImmutableMap.copyOf(made);
            byBuurtAndTheme = index;
        }
        Map<ThemeCode, Cell> inBuurt = index.get(buurt);
        Cell cell = inBuurt == null ? null : inBuurt.get(theme);
        if (cell == null) {
            throw new IllegalArgumentException(buurt + " × " + theme + " was not part of this coverage");
        }
        return cell;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Coverage that && cells.equals(that.cells)
                && keyPersonsPerBuurt.equals(that.keyPersonsPerBuurt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cells, keyPersonsPerBuurt);
    }

    @Override
    public String toString() {
        return "Coverage[cells=" + cells + ", keyPersonsPerBuurt=" + keyPersonsPerBuurt + "]";
    }
}
