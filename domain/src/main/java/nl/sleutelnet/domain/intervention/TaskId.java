package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** A task's identifier within its intervention. */
public record TaskId(UUID value) {

    public TaskId {
        checkNotNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
