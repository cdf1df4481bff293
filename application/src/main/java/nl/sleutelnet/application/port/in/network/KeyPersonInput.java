package nl.sleutelnet.application.port.in.network;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.ContactDetails;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.LanguageCode;
import nl.sleutelnet.domain.network.Reach;
import nl.sleutelnet.domain.theme.ThemeCode;

/** The profile fields of a key person, shared by the register and change commands: checked per field, then built. */
final class KeyPersonInput {

    private KeyPersonInput() {
    }

    static void check(SelfValidating.Checks checks, String email, String phone, List<String> neighbourhoods,
            List<String> reach, List<String> themes, List<String> languages) {
        checks.field("email", () -> new ContactDetails(email, null))
                .field("phone", () -> new ContactDetails(null, phone))
                .each("neighbourhoods", neighbourhoods, NeighbourhoodCode::of)
                .each("reach", reach, Reach::new)
                .each("themes", themes, ThemeCode::of)
                .each("languages", languages, LanguageCode::of);
    }

    static KeyPerson.Profile profile(String displayName, String email, String phone, List<String> neighbourhoods,
            List<String> reach, List<String> themes, List<String> languages, UUID contactPerson, String notes) {
        Set<NeighbourhoodCode> buurten = new TreeSet<>();
        neighbourhoods.forEach(n -> buurten.add(NeighbourhoodCode.of(n)));
        Set<ThemeCode> themeCodes = new LinkedHashSet<>();
        themes.forEach(t -> themeCodes.add(ThemeCode.of(t)));
        Set<LanguageCode> languageCodes = new TreeSet<>();
        languages.forEach(l -> languageCodes.add(LanguageCode.of(l)));
        return new KeyPerson.Profile(displayName, new ContactDetails(email, phone), buurten,
                reach.stream().filter(r -> !r.isBlank()).map(Reach::new).toList(), themeCodes, languageCodes,
                contactPerson == null ? null : new AccountId(contactPerson), notes);
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
