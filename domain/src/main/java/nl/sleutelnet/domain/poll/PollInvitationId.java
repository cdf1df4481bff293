package nl.sleutelnet.domain.poll;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

public record PollInvitationId(UUID value) {

    public PollInvitationId {
        checkNotNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
