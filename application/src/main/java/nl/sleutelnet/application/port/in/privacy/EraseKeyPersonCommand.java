package nl.sleutelnet.application.port.in.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import java.util.EnumSet;
import java.util.Locale;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.privacy.ErasureReason;

/**
 * Erase one key person (GDPR article 17).
 *
 * @param id              the key person
 * @param reason          {@code DATA_SUBJECT_REQUEST}, {@code RETENTION} or {@code OTHER}
 * @param expectedVersion the version the caller saw, or null to erase whatever the latest version is (a key person's
 *                        own request through self-service does not need to race staff)
 */
public record EraseKeyPersonCommand(@NotNull UUID id, @NotBlank String reason, @PositiveOrZero Long expectedVersion) {

    public EraseKeyPersonCommand(UUID id, String reason, Long expectedVersion) {
        this.id = id;
        this.reason = reason;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks.field("reason", this::erasureReason));
    }

    /** A key person's own request, as the self-service sends it. */
    public static EraseKeyPersonCommand ownRequest(UUID id) {
        return new EraseKeyPersonCommand(id, ErasureReason.DATA_SUBJECT_REQUEST.name(), null);
    }

    public KeyPersonId keyPersonId() {
        return new KeyPersonId(id);
    }

    public ErasureReason erasureReason() {
        if (reason != null) {
            for (ErasureReason r : ErasureReason.values()) {
                if (r.name().equals(reason.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    return r;
                }
            }
        }
        throw DomainException.invalid("erasure.reason.unknown", "'%s' is not one of %s.", reason,
                EnumSet.allOf(ErasureReason.class));
    }
}
