package nl.sleutelnet.application.port.in.selfservice;

import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.network.ContactDetails;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * A key person's own correction of their name, e-mail address and phone number; empty contact fields remove them.
 *
 * @param keyPersonId     the key person themself
 * @param expectedVersion the version they saw
 */
public record CorrectOwnDetailsCommand(UUID keyPersonId, String displayName, String email, String phone,
        long expectedVersion) {

    public CorrectOwnDetailsCommand(UUID keyPersonId, String displayName, String email, String phone,
            long expectedVersion) {
        this.keyPersonId = keyPersonId;
        this.displayName = displayName == null ? null : displayName.strip();
        this.email = email;
        this.phone = phone;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("displayName", () -> Invariants.requireText(displayName, KeyPerson.MAX_NAME,
                        "key-person.name.invalid", "The name"))
                .field("email", () -> new ContactDetails(email, null))
                .field("phone", () -> new ContactDetails(null, phone)));
    }

    public ContactDetails contact() {
        return new ContactDetails(email, phone);
    }
}
