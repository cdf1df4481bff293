package nl.sleutelnet.domain.signal;

import nl.sleutelnet.domain.privacy.FreeTextPolicy;

/**
 * The free text of signals: required where asked, at most {@value #MAX_LENGTH} characters, and free of personal
 * identifiers, with the codes {@code signal.text.invalid} and {@code signal.personal-data}. The screening itself is
 * shared: {@link FreeTextPolicy}.
 */
public final class FreeText {

    public static final int MAX_LENGTH = 2000;
    private static final FreeTextPolicy POLICY = new FreeTextPolicy("signal", MAX_LENGTH,
            "a signal describes tension in a neighbourhood");

    private FreeText() {
    }

    /** Trims the text, checks its length and refuses personal identifiers; blank gives "" unless required. */
    public static String check(String text, boolean required, String what) {
        return POLICY.check(text, required, what);
    }
}
