package nl.sleutelnet.domain.intervention;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identifier of a tagged dynamic within its intervention: it identifies the tag, never a person. */
public record DynamicTagId(UUID value) {

    public DynamicTagId {
        checkNotNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
