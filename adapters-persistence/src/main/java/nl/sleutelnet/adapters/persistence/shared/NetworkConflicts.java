package nl.sleutelnet.adapters.persistence.shared;

import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.DomainException;

/** The errors both adapters raise for the same network conflicts, word for word. */
public final class NetworkConflicts {

    private NetworkConflicts() {
    }

    /** A tracking code drawn twice (very rare): the caller draws a new one. */
    public static DomainException trackingCodeTaken(Object code) {
        return DomainException.conflict("signal.tracking-code.taken", "Tracking code %s is already in use.", code);
    }

    public static DomainException requestKeyTaken(String key) {
        return DomainException.conflict(nl.sleutelnet.application.port.out.SignalRepository.REQUEST_KEY_TAKEN,
                "Request key '%s' was used a moment ago by another request of this account; ask again to get the "
                        + "signal it made.", key);
    }

    public static DomainException alreadyTied(MemberRef a, MemberRef b) {
        return DomainException.conflict("tie.exists",
                "%s and %s are already connected; change that tie instead of adding a second one.", a, b);
    }
}
