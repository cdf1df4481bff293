package nl.sleutelnet.domain.programme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

public record ProgrammeId(UUID value) {

    public ProgrammeId {
        checkNotNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
