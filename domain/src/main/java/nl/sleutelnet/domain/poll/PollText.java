package nl.sleutelnet.domain.poll;

import java.util.List;
import nl.sleutelnet.domain.privacy.PersonalDataScreen;
import nl.sleutelnet.domain.privacy.PersonalDataScreen.Finding;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * The free text of polls (a key person's remark, the occasion of a round): optional, limited in length, and screened
 * for personal identifiers with the same {@link PersonalDataScreen} as signals. A poll asks about the mood in a
 * buurt, never about who someone is or how to reach them.
 */
public final class PollText {

    public static final int MAX_REMARK = 1000;
    public static final int MAX_OCCASION = 200;
    public static final String PERSONAL_DATA = "poll.personal-data";

    private PollText() {
    }

    /** Trims the text (blank gives ""), checks its length and refuses personal identifiers. */
    public static String check(String text, int maxLength, String what) {
        String value = text == null ? "" : text.strip();
        Invariants.require(value.length() <= maxLength, "poll.text.too-long", "%s may be at most %d characters; it "
                + "has %d.", what, maxLength, value.length());
        List<Finding> findings = PersonalDataScreen.screen(value);
        if (!findings.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, PERSONAL_DATA, String.format(
                    "%s contains %s. Remove it: a poll is about the mood in a buurt, never about who someone is or "
                            + "how to reach them.", what, PersonalDataScreen.describe(findings)));
        }
        return value;
    }

    public static String remark(String text) {
        return check(text, MAX_REMARK, "The remark");
    }

    public static String occasion(String text) {
        return check(text, MAX_OCCASION, "The occasion");
    }
}
