package nl.sleutelnet.domain.network;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.sleutelnet.domain.shared.DomainException;

/** A language a key person speaks, as an ISO 639 code ({@code nl}, {@code ar}, {@code tr}, {@code pap}). */
public record LanguageCode(String value) implements Comparable<LanguageCode> {

    private static final Pattern FORMAT = Pattern.compile("[a-z]{2,3}");

    public LanguageCode {
        checkNotNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("language.invalid",
                    "'%s' is not a language code: use the ISO 639 code of 2 or 3 letters, e.g. nl, en, ar, tr.", value);
        }
    }

    public static LanguageCode of(String value) {
        return new LanguageCode(value);
    }

    @Override
    public int compareTo(LanguageCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
