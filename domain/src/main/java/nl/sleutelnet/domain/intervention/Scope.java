package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Where and about what an intervention works: one or more buurten and one or more themes. Its temperature is that of
 * every buurt × theme in it, summed up by the highest (see {@link ScopeTemperature} and {@link ScopeSeries}).
 */
public record Scope(Set<NeighbourhoodCode> buurten, Set<ThemeCode> themes) {

    public static final int MAX_BUURTEN = 50;
    public static final int MAX_THEMES = 20;

    public Scope {
        checkNotNull(buurten, "buurten");
        checkNotNull(themes, "themes");
        Invariants.require(!buurten.isEmpty(), "intervention.scope.buurten.empty",
                "Name at least one buurt the intervention works in.");
        Invariants.require(!themes.isEmpty(), "intervention.scope.themes.empty",
                "Name at least one theme the intervention works on.");
        Invariants.require(buurten.size() <= MAX_BUURTEN && themes.size() <= MAX_THEMES, "intervention.scope.too-large",
                "A scope has at most %d buurten and %d themes; split a wider approach into several interventions.",
                MAX_BUURTEN, MAX_THEMES);
        buurten = ImmutableSortedSet.copyOf(buurten);
        themes = ImmutableSortedSet.copyOf(Comparator.comparing(ThemeCode::value), themes);
    }

    public static Scope of(Set<NeighbourhoodCode> buurten, Set<ThemeCode> themes) {
        return new Scope(buurten, themes);
    }

    public boolean contains(NeighbourhoodCode buurt, ThemeCode theme) {
        return buurten.contains(buurt) && themes.contains(theme);
    }

    /** The number of buurt × theme cells. */
    public int cells() {
        return buurten.size() * themes.size();
    }

    @Override
    public String toString() {
        return buurten.stream().map(NeighbourhoodCode::value).collect(Collectors.joining(", ")) + " × "
                + themes.stream().map(ThemeCode::value).collect(Collectors.joining(", "));
    }
}
