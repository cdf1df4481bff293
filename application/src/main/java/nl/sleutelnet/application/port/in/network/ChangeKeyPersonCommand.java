package nl.sleutelnet.application.port.in.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;

/** New profile of a key person, against the version the user edited. */
public record ChangeKeyPersonCommand(@NotNull UUID id, @NotBlank @Size(max = KeyPerson.MAX_NAME) String displayName,
        String email, String phone, @NotEmpty List<String> neighbourhoods,
        @Size(max = KeyPerson.MAX_REACH) List<String> reach, List<String> themes, List<String> languages,
        UUID contactPerson, @Size(max = KeyPerson.MAX_NOTES) String notes, @PositiveOrZero long expectedVersion) {

    public ChangeKeyPersonCommand(UUID id, String displayName, String email, String phone, List<String> neighbourhoods,
            List<String> reach, List<String> themes, List<String> languages, UUID contactPerson, String notes,
            long expectedVersion) {
        this.id = id;
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.neighbourhoods = KeyPersonInput.orEmpty(neighbourhoods);
        this.reach = KeyPersonInput.orEmpty(reach);
        this.themes = KeyPersonInput.orEmpty(themes);
        this.languages = KeyPersonInput.orEmpty(languages);
        this.contactPerson = contactPerson;
        this.notes = notes;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> KeyPersonInput.check(checks, email, phone, this.neighbourhoods,
                this.reach, this.themes, this.languages));
    }

    public KeyPersonId keyPersonId() {
        return new KeyPersonId(id);
    }

    public KeyPerson.Profile profile() {
        return KeyPersonInput.profile(displayName, email, phone, neighbourhoods, reach, themes, languages,
                contactPerson, notes);
    }
}
