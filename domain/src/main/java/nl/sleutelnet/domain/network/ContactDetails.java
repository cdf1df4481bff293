package nl.sleutelnet.domain.network;

import java.util.regex.Pattern;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * How to reach a member: an e-mail address and/or a phone number, both optional (a key person may be reached
 * through their municipal contact person).
 */
public record ContactDetails(String email, String phone) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,19}");

    public ContactDetails {
        email = blankToNull(email);
        phone = blankToNull(phone);
        Invariants.require(email == null || (email.length() <= 254 && EMAIL.matcher(email).matches()),
                "contact.email.invalid", "'%s' is not an e-mail address.", email);
        Invariants.require(phone == null || PHONE.matcher(phone).matches(), "contact.phone.invalid",
                "'%s' is not a phone number: use digits, spaces, hyphens and an optional leading +.", phone);
    }

    public static ContactDetails none() {
        return new ContactDetails(null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
