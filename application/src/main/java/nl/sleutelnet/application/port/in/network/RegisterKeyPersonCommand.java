package nl.sleutelnet.application.port.in.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Nomination;

/**
 * A new candidate key person.
 *
 * @param legalBasis     the basis, when it is already known (otherwise recorded before activation)
 * @param nominatedBy    the key person or partner who nominated the candidate, or null when staff register directly
 * @param nominatedByKind KEY_PERSON or PARTNER, with {@code nominatedBy}
 */
public record RegisterKeyPersonCommand(@NotBlank @Size(max = KeyPerson.MAX_NAME) String displayName, String email,
        String phone, @NotEmpty List<String> neighbourhoods, @Size(max = KeyPerson.MAX_REACH) List<String> reach,
        List<String> themes, List<String> languages, UUID contactPerson,
        @Size(max = KeyPerson.MAX_NOTES) String notes, @Valid LegalBasisInput legalBasis, String nominatedByKind,
        UUID nominatedBy, @Size(max = Nomination.MAX_MOTIVATION) String nominationMotivation) {

    public RegisterKeyPersonCommand(String displayName, String email, String phone, List<String> neighbourhoods,
            List<String> reach, List<String> themes, List<String> languages, UUID contactPerson, String notes,
            LegalBasisInput legalBasis, String nominatedByKind, UUID nominatedBy, String nominationMotivation) {
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.neighbourhoods = KeyPersonInput.orEmpty(neighbourhoods);
        this.reach = KeyPersonInput.orEmpty(reach);
        this.themes = KeyPersonInput.orEmpty(themes);
        this.languages = KeyPersonInput.orEmpty(languages);
        this.contactPerson = contactPerson;
        this.notes = notes;
        this.legalBasis = legalBasis;
        this.nominatedByKind = nominatedByKind == null || nominatedByKind.isBlank() ? null : nominatedByKind;
        this.nominatedBy = nominatedBy;
        this.nominationMotivation = nominationMotivation;
        SelfValidating.validate(this, checks -> {
            KeyPersonInput.check(checks, email, phone, this.neighbourhoods, this.reach, this.themes, this.languages);
            checks.field("nominatedBy", () -> nomination());
        });
    }

    public KeyPerson.Profile profile() {
        return KeyPersonInput.profile(displayName, email, phone, neighbourhoods, reach, themes, languages,
                contactPerson, notes);
    }

    /** The nomination, or null when there is none. */
    public Nomination nomination() {
        if (nominatedBy == null && nominatedByKind == null) {
            return null;
        }
        if (nominatedBy == null) {
            throw nl.sleutelnet.domain.shared.DomainException.invalid("nomination.member.missing",
                    "Say which member nominated the candidate.");
        }
        MemberKind kind = LegalBasisInput.parse(MemberKind.class,
                nominatedByKind == null ? "KEY_PERSON" : nominatedByKind, "nomination.kind.unknown");
        return new Nomination(new MemberRef(kind, nominatedBy), nominationMotivation);
    }
}
