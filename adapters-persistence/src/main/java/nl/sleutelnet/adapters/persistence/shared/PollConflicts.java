package nl.sleutelnet.adapters.persistence.shared;

import nl.sleutelnet.domain.shared.DomainException;

/** The errors both adapters raise for the same poll conflicts, word for word. */
public final class PollConflicts {

    private PollConflicts() {
    }

    public static DomainException alreadyInvited(Object keyPerson, Object round) {
        return DomainException.conflict("poll.invitation.exists",
                "Key person %s already has an invitation to round %s; send that one again instead.", keyPerson, round);
    }
}
