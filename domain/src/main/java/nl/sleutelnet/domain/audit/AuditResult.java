package nl.sleutelnet.domain.audit;

/** How a call ended. */
public enum AuditResult {
    /** Done (a change committed, or data shown). */
    SUCCESS,
    /** Refused by a rule of the core (no permission, invalid input, a stale version, not found); nothing changed. */
    REFUSED,
    /** Broke off on a technical error (database, mail, a bug); nothing changed. */
    FAILED
}
