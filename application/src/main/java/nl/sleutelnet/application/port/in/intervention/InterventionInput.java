package nl.sleutelnet.application.port.in.intervention;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.Scope;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.theme.ThemeCode;

/** Parsing shared by the intervention commands. */
final class InterventionInput {

    private InterventionInput() {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static List<String> clean(List<String> values) {
        return values == null ? List.of() : ImmutableList.copyOf(values.stream()
                .filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String code) {
        if (text != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    return constant;
                }
            }
        }
        throw DomainException.invalid(code, "'%s' is not one of %s.", text, EnumSet.allOf(type));
    }

    static Set<NeighbourhoodCode> buurten(List<String> codes) {
        Set<NeighbourhoodCode> parsed = new TreeSet<>();
        codes.forEach(c -> parsed.add(NeighbourhoodCode.of(c)));
        return parsed;
    }

    static Set<ThemeCode> themes(List<String> codes) {
        Set<ThemeCode> parsed = new LinkedHashSet<>();
        codes.forEach(c -> parsed.add(ThemeCode.of(c)));
        return parsed;
    }

    static Scope scope(List<String> buurten, List<String> themes) {
        return Scope.of(buurten(buurten), themes(themes));
    }

    /** The field a scope error belongs to. */
    static String scopeField(DomainException e) {
        return e.code().equals("intervention.scope.themes.empty") ? "themes" : "neighbourhoods";
    }

    static MemberRef member(String kind, java.util.UUID id) {
        return new MemberRef(parse(MemberKind.class, kind, "intervention.member.kind"), id);
    }
}
