package nl.sleutelnet.domain.account;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * A work e-mail address of an account, where Sleutelnet sends what a user must know without signing in (a coordinator
 * hears of a temperature alert). The check is about form only: one {@code @}, no spaces, a dot in the domain.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    public EmailAddress {
        checkNotNull(value, "value");
        value = value.strip();
        Invariants.require(value.length() <= MAX_LENGTH && FORM.matcher(value).matches(), "account.email.invalid",
                "'%s' is not an e-mail address; give a work address such as naam@maastricht.nl, or leave it empty.",
                value);
    }

    /** An address from what a user typed: empty when nothing (or only spaces) was typed. */
    public static Optional<EmailAddress> parse(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(new EmailAddress(text));
    }

    @Override
    public String toString() {
        return value;
    }
}
