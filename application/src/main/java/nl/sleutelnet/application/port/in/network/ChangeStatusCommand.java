package nl.sleutelnet.application.port.in.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.sleutelnet.application.port.in.SelfValidating;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.StatusChange;

/** Move a key person along the lifecycle (ACTIVE, PAUSED, DEPARTED), with the reason. */
public record ChangeStatusCommand(@NotNull UUID id, @NotBlank String status,
        @NotBlank @Size(max = StatusChange.MAX_REASON) String reason, @PositiveOrZero long expectedVersion) {

    public ChangeStatusCommand(UUID id, String status, String reason, long expectedVersion) {
        this.id = id;
        this.status = status;
        this.reason = reason;
        this.expectedVersion = expectedVersion;
        SelfValidating.validate(this, checks -> checks.field("status", this::target));
    }

    public KeyPersonId keyPersonId() {
        return new KeyPersonId(id);
    }

    public KeyPersonStatus target() {
        return LegalBasisInput.parse(KeyPersonStatus.class, status, "key-person.status.unknown");
    }
}
