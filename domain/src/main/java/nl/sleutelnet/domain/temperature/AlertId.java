package nl.sleutelnet.domain.temperature;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

public record AlertId(UUID value) {

    public AlertId {
        checkNotNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
