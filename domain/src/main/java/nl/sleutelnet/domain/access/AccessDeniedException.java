package nl.sleutelnet.domain.access;

import nl.sleutelnet.domain.shared.DomainException;

/** The actor is known but lacks the role for what they tried. */
public final class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(Kind.FORBIDDEN, "access.denied", message);
    }
}
