package nl.sleutelnet.application.port.in.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.audit.AuditPurpose;
import nl.sleutelnet.domain.audit.Disclosure;
import nl.sleutelnet.domain.shared.DomainException;

/**
 * A disclosure to record.
 *
 * @param recipient  the receiving organisation (or person), e.g. "Politie Limburg, basisteam Maastricht"
 * @param legalBasis the ground, e.g. "art. 6 lid 1 sub e AVG; convenant Zorg- en Veiligheidshuis"
 * @param purpose    the processing purpose the data was given for (a name of {@link AuditPurpose})
 * @param objectType what was given, e.g. "KeyPersonExport"
 * @param objectId   which one, if it has an id
 * @param keyPersons whose data it held
 */
public record RecordDisclosureCommand(@NotBlank @Size(max = Disclosure.MAX_LENGTH) String recipient,
        @NotBlank @Size(max = Disclosure.MAX_LENGTH) String legalBasis, @NotBlank String purpose,
        @NotBlank @Size(max = 100) String objectType, @Size(max = 100) String objectId,
        @NotNull @Size(max = 200) List<UUID> keyPersons) {

    public RecordDisclosureCommand(String recipient, String legalBasis, String purpose, String objectType,
            String objectId, List<UUID> keyPersons) {
        this.recipient = recipient;
        this.legalBasis = legalBasis;
        this.purpose = purpose;
        this.objectType = objectType;
        this.objectId = objectId;
        this.keyPersons = keyPersons == null ? null : List.copyOf(keyPersons);
        SelfValidating.validate(this, checks -> checks.field("purpose", this::purposeValue));
    }

    public AuditPurpose purposeValue() {
        for (AuditPurpose p : AuditPurpose.values()) {
            if (p.name().equals(purpose.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                return p;
            }
        }
        throw DomainException.invalid("audit.purpose.unknown", "'%s' is not one of %s.", purpose,
                EnumSet.allOf(AuditPurpose.class));
    }

    public Disclosure disclosure() {
        return new Disclosure(recipient, legalBasis);
    }
}
