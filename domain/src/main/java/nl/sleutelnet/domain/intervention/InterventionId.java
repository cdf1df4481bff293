package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** An intervention's identifier. */
public record InterventionId(UUID value) {

    public InterventionId {
        checkNotNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
