package nl.sleutelnet.application.port.in.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.ContactDetails;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerId;
import nl.sleutelnet.domain.network.PartnerKind;

/**
 * A partner to register ({@code id} null) or change ({@code id} and {@code expectedVersion} given).
 *
 * @param kind COMMUNITY_POLICE_OFFICER, WELFARE, HOUSING_CORPORATION, SCHOOL, FAITH_ORGANISATION, SPORTS_CLUB,
 *             YOUTH_WORK, HEALTH_CARE, MUNICIPALITY or OTHER
 */
public record PartnerCommand(UUID id, @NotBlank @Size(max = Partner.MAX_NAME) String name, @NotBlank String kind,
        @NotEmpty List<String> neighbourhoods, String email, String phone, @Size(max = Partner.MAX_NOTES) String notes,
        @NotNull Boolean active, @PositiveOrZero long expectedVersion) {

    public PartnerCommand(UUID id, String name, String kind, List<String> neighbourhoods, String email, String phone,
            String notes, Boolean active, long expectedVersion) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.neighbourhoods = KeyPersonInput.orEmpty(neighbourhoods);
        this.email = email;
        this.phone = phone;
        this.notes = notes;
        this.active = active;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks
                .field("kind", this::partnerKind)
                .each("neighbourhoods", this.neighbourhoods, NeighbourhoodCode::of)
                .field("email", () -> new ContactDetails(email, null))
                .field("phone", () -> new ContactDetails(null, phone)));
    }

    public PartnerId partnerId() {
        return new PartnerId(id);
    }

    public PartnerKind partnerKind() {
        return LegalBasisInput.parse(PartnerKind.class, kind, "partner.kind.unknown");
    }

    public Set<NeighbourhoodCode> neighbourhoodCodes() {
        Set<NeighbourhoodCode> codes = new TreeSet<>();
        neighbourhoods.forEach(n -> codes.add(NeighbourhoodCode.of(n)));
        return codes;
    }

    public ContactDetails contact() {
        return new ContactDetails(email, phone);
    }
}
