package nl.sleutelnet.domain.shared;

/**
 * Optimistic locking: someone else saved a newer version of this object after the caller read it. Nothing
 * was changed; the caller should reload, look at the newer version and apply their change again.
 */
public final class StaleVersionException extends DomainException {

    public StaleVersionException(String what, Object id, long expected, long actual) {
        super(Kind.STALE, "version.stale", String.format(
                "%s %s was changed by someone else (you edited version %d, the current version is %d). "
                        + "Reload it, check the changes and try again.", what, id, expected, actual));
    }
}
