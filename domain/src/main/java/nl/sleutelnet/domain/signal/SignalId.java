package nl.sleutelnet.domain.signal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

public record SignalId(UUID value) {

    public SignalId {
        checkNotNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
