package nl.sleutelnet.domain.signal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.privacy.PersonalDataScreen;
import nl.sleutelnet.domain.privacy.PersonalDataScreen.Finding;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;

/** The free text of signals: required where asked, limited in length, and free of personal identifiers. */
public final class FreeText {

    public static final int MAX_LENGTH = 2000;
    private static final Map<PersonalDataScreen.Kind, String> NAMES = Map.of(
            PersonalDataScreen.Kind.EMAIL, "an e-mail address",
            PersonalDataScreen.Kind.PHONE, "a phone number",
            PersonalDataScreen.Kind.BSN, "a citizen service number (BSN)",
            PersonalDataScreen.Kind.POSTCODE_HOUSE_NUMBER, "a postcode with a house number");

    private FreeText() {
    }

    /** Trims the text, checks its length and refuses personal identifiers; blank gives "" unless required. */
    public static String check(String text, boolean required, String what) {
        String value = text == null ? "" : text.strip();
        if (required) {
            value = Invariants.requireText(value, MAX_LENGTH, "signal.text.invalid", what);
        } else {
            Invariants.require(value.length() <= MAX_LENGTH, "signal.text.invalid",
                    "%s may be at most %d characters.", what, MAX_LENGTH);
        }
        List<Finding> findings = PersonalDataScreen.screen(value);
        if (!findings.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "signal.personal-data", String.format(
                    "%s contains %s. Remove it: a signal describes tension in a neighbourhood, never who someone is "
                            + "or how to reach them.", what, findings.stream()
                            .map(f -> NAMES.get(f.kind()) + " (" + f.excerpt() + " at position " + (f.start() + 1) + ")")
                            .collect(Collectors.joining(", "))));
        }
        return value;
    }
}
