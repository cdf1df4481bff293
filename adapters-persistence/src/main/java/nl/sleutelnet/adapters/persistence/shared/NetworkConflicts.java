package nl.sleutelnet.adapters.persistence.shared;

import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.DomainException;

/** The errors both adapters raise for the same network conflicts, word for word. */
public final class NetworkConflicts {

    private NetworkConflicts() {
    }

    public static DomainException alreadyTied(MemberRef a, MemberRef b) {
        return DomainException.conflict("tie.exists",
                "%s and %s are already connected; change that tie instead of adding a second one.", a, b);
    }
}
