package nl.sleutelnet.domain.network.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Which active key persons reach each buurt for each theme. A cell without anyone is a white spot ("witte vlek"):
 * when tension on that theme rises in that buurt, there is no key person to ask. Partners do not count here: they
 * serve a buurt but are not the citizens' eyes and ears the approach depends on.
 *
 * @param cells              one per buurt × theme, buurten in the order asked, themes in the order asked within each
 * @param keyPersonsPerBuurt per buurt, in the order asked, the number of active key persons regardless of theme
 */
public record Coverage(List<Cell> cells, Map<NeighbourhoodCode, Integer> keyPersonsPerBuurt) {

    /** One buurt × theme, with the active key persons who reach both (sorted). */
    public record Cell(NeighbourhoodCode buurt, ThemeCode theme, List<MemberRef> keyPersons) {

        public Cell {
            checkNotNull(buurt, "buurt");
            checkNotNull(theme, "theme");
            keyPersons = ImmutableList.sortedCopyOf(keyPersons);
        }

        public int count() {
            return keyPersons.size();
        }

        public boolean isWhiteSpot() {
            return keyPersons.isEmpty();
        }
    }

    public Coverage {
        cells = ImmutableList.copyOf(cells);
        keyPersonsPerBuurt = ImmutableMap.copyOf(keyPersonsPerBuurt);
        for (Cell cell : cells) {
            checkArgument(keyPersonsPerBuurt.containsKey(cell.buurt()), "every cell's buurt has a count: %s",
                    cell.buurt());
        }
    }

    /** Counts, for every buurt × theme asked, the active key persons among {@code activeMembers}. */
    static Coverage of(Collection<NetworkMember> activeMembers, List<NeighbourhoodCode> buurten,
            List<ThemeCode> themes) {
        checkArgument(ImmutableSet.copyOf(buurten).size() == buurten.size(), "each buurt once: %s", buurten);
        checkArgument(ImmutableSet.copyOf(themes).size() == themes.size(), "each theme once: %s", themes);
        // one pass over the members, grouped by the buurten asked; then each buurt looks only at its own
        Map<NeighbourhoodCode, List<NetworkMember>> byBuurt = new HashMap<>();
        buurten.forEach(b -> byBuurt.put(b, new ArrayList<>()));
        for (NetworkMember member : activeMembers) {
            if (member.isKeyPerson()) {
                for (NeighbourhoodCode buurt : member.neighbourhoods()) {
                    List<NetworkMember> inBuurt = byBuurt.get(buurt);
                    if (inBuurt != null) {
                        inBuurt.add(member);
                    }
                }
            }
        }
        ImmutableList.Builder<Cell> cells = ImmutableList.builder();
        ImmutableMap.Builder<NeighbourhoodCode, Integer> perBuurt = ImmutableMap.builder();
        for (NeighbourhoodCode buurt : buurten) {
            List<NetworkMember> inBuurt = byBuurt.get(buurt);
            perBuurt.put(buurt, inBuurt.size());
            // each member's own themes, rather than asking every member about every theme
            Map<ThemeCode, List<MemberRef>> perTheme = new HashMap<>();
            themes.forEach(theme -> perTheme.put(theme, new ArrayList<>()));
            for (NetworkMember member : inBuurt) {
                for (ThemeCode theme : member.themes()) {
                    List<MemberRef> cell = perTheme.get(theme);
                    if (cell != null) {
                        cell.add(member.ref());
                    }
                }
            }
            for (ThemeCode theme : themes) {
                cells.add(new Cell(buurt, theme, perTheme.get(theme)));
            }
        }
        return new Coverage(cells.build(), perBuurt.buildOrThrow());
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
        return cells.stream().filter(c -> c.buurt().equals(buurt) && c.theme().equals(theme)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        buurt + " × " + theme + " was not part of this coverage"));
    }
}
