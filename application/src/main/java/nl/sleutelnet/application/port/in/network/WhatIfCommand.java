package nl.sleutelnet.application.port.in.network;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A what-if: members who leave, hypothetical key persons who join. Nothing is stored.
 *
 * @param remove members as {@code KEY_PERSON:<uuid>} or {@code PARTNER:<uuid>}
 */
public record WhatIfCommand(List<String> remove, @Valid List<Newcomer> add) {

    /** A key person who might join: where active, on which themes, and tied to which members. */
    public record Newcomer(@NotBlank @Size(max = 100) String name, @NotEmpty List<String> neighbourhoods,
            List<String> themes, List<String> tiesTo) {

        public Newcomer(String name, List<String> neighbourhoods, List<String> themes, List<String> tiesTo) {
            this.name = name;
            this.neighbourhoods = neighbourhoods == null ? null : ImmutableList.copyOf(neighbourhoods);
            this.themes = themes == null ? List.of() : ImmutableList.copyOf(themes);
            this.tiesTo = tiesTo == null ? List.of() : ImmutableList.copyOf(tiesTo);
            SelfValidating.validate(this, checks -> checks
                    .each("neighbourhoods", this.neighbourhoods, NeighbourhoodCode::of)
                    .each("themes", this.themes, ThemeCode::of)
                    .each("tiesTo", this.tiesTo, WhatIfCommand::member));
        }

        public Set<NeighbourhoodCode> neighbourhoodCodes() {
            Set<NeighbourhoodCode> codes = new TreeSet<>();
            neighbourhoods.forEach(n -> codes.add(NeighbourhoodCode.of(n)));
            return codes;
        }

        public Set<ThemeCode> themeCodes() {
            Set<ThemeCode> codes = new java.util.LinkedHashSet<>();
            themes.forEach(t -> codes.add(ThemeCode.of(t)));
            return codes;
        }

        public List<MemberRef> tieRefs() {
            return tiesTo.stream().map(WhatIfCommand::member).toList();
        }
    }

    public WhatIfCommand(List<String> remove, List<Newcomer> add) {
        this.remove = remove == null ? List.of() : ImmutableList.copyOf(remove);
        this.add = add == null ? List.of() : ImmutableList.copyOf(add);
        SelfValidating.validate(this, checks -> checks.each("remove", this.remove, WhatIfCommand::member));
    }

    public Set<MemberRef> removedMembers() {
        Set<MemberRef> refs = new TreeSet<>();
        remove.forEach(r -> refs.add(member(r)));
        return refs;
    }

    /** {@code KEY_PERSON:<uuid>} or {@code PARTNER:<uuid>}. */
    public static MemberRef member(String text) {
        String[] parts = text == null ? new String[0] : text.split(":", 2);
        try {
            if (parts.length == 2) {
                return new MemberRef(MemberKind.valueOf(parts[0].strip()), java.util.UUID.fromString(parts[1].strip()));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the explanation below
        }
        throw nl.sleutelnet.domain.shared.DomainException.invalid("member.ref.invalid",
                "'%s' is not a member: use KEY_PERSON:<id> or PARTNER:<id>.", text);
    }
}
