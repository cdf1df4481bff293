package nl.sleutelnet.adapters.web.ui;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.Reach;

/**
 * A key person as the form shows it: as stored, or as the user typed it (kept when the form is refused). Reach is
 * one description per line, languages a comma-separated list.
 */
public record KeyPersonForm(String displayName, String email, String phone, List<String> neighbourhoods,
        String reach, List<String> themes, String languages, String contactPerson, String notes, String nominatedBy,
        String nominationMotivation, long version) {

    public KeyPersonForm {
        neighbourhoods = neighbourhoods == null ? List.of() : neighbourhoods;
        themes = themes == null ? List.of() : themes;
    }

    static KeyPersonForm empty() {
        return new KeyPersonForm("", "", "", List.of(), "", List.of(), "nl", "", "", "", "", 0);
    }

    static KeyPersonForm of(KeyPerson person) {
        KeyPerson.Profile p = person.profile();
        return new KeyPersonForm(p.displayName(), nullToEmpty(p.contact().email()), nullToEmpty(p.contact().phone()),
                p.neighbourhoods().stream().map(n -> n.value()).toList(),
                Joiner.on('\n').join(p.reach().stream().map(Reach::description).toList()),
                p.themes().stream().map(t -> t.value()).toList(),
                Joiner.on(", ").join(p.languages()),
                p.contactPerson() == null ? "" : p.contactPerson().toString(), p.notes(), "", "", person.version());
    }

    List<String> reachLines() {
        return Splitter.on('\n').trimResults().omitEmptyStrings().splitToList(reach == null ? "" : reach);
    }

    List<String> languageCodes() {
        return Splitter.on(',').trimResults().omitEmptyStrings().splitToList(languages == null ? "" : languages);
    }

    UUID contactPersonId() {
        return contactPerson == null || contactPerson.isBlank() ? null : UUID.fromString(contactPerson);
    }

    /** The nominating member as {@code KIND:id}, split; empty when staff register directly. */
    String[] nominator() {
        return nominatedBy == null || nominatedBy.isBlank() ? new String[0] : nominatedBy.split(":", 2);
    }

    public boolean hasNeighbourhood(String code) {
        return neighbourhoods.contains(code);
    }

    public boolean hasTheme(String code) {
        return themes.contains(code);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
