package nl.sleutelnet.domain.privacy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import nl.sleutelnet.domain.privacy.PersonalDataScreen.Finding;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * How the free text of one part of the domain is checked before it is stored: trimmed, required where asked, limited
 * in length, and refused when {@link PersonalDataScreen} finds a personal identifier in it. Each part keeps its own
 * stable codes ({@code <prefix>.text.invalid}, {@code <prefix>.personal-data}) and says in the refusal what its texts
 * are about, so the writer learns why the identifier does not belong there.
 *
 * @param codePrefix  the start of the error codes, e.g. {@code signal}
 * @param maxLength   the default maximum length
 * @param whatItIsFor completes "Remove it: ..." and ends before ", never who someone is or how to reach them", e.g.
 *                    "a signal describes tension in a neighbourhood"
 */
public record FreeTextPolicy(String codePrefix, int maxLength, String whatItIsFor) {

    public FreeTextPolicy {
        checkNotNull(codePrefix, "codePrefix");
        checkArgument(maxLength > 0, "maxLength is positive");
        checkNotNull(whatItIsFor, "whatItIsFor");
    }

    /** The code of a text that is missing or too long. */
    public String invalidCode() {
        return codePrefix + ".text.invalid";
    }

    /** The code of a text that contains a personal identifier. */
    public String personalDataCode() {
        return codePrefix + ".personal-data";
    }

    /** Trims the text, checks its length and refuses personal identifiers; blank gives "" unless required. */
    public String check(String text, boolean required, String what) {
        return check(text, required, maxLength, what);
    }

    /** As {@link #check(String, boolean, String)}, with a maximum length of its own (a title, a line). */
    public String check(String text, boolean required, int max, String what) {
        String value = text == null ? "" : text.strip();
        if (required) {
            value = Invariants.requireText(value, max, invalidCode(), what);
        } else {
            Invariants.require(value.length() <= max, invalidCode(), "%s may be at most %d characters.", what, max);
        }
        List<Finding> findings = PersonalDataScreen.screen(value);
        if (!findings.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, personalDataCode(), String.format(
                    "%s contains %s. Remove it: %s, never who someone is or how to reach them.", what,
                    PersonalDataScreen.describe(findings), whatItIsFor));
        }
        return value;
    }
}
