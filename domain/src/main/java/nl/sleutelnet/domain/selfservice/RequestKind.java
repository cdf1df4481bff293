package nl.sleutelnet.domain.selfservice;

/** What a key person asks the coordinator through "Mijn Sleutelnet". */
public enum RequestKind {
    /** Correct data they cannot change themselves (GDPR art. 16). */
    CORRECTION,
    /** Erase everything held on them (GDPR art. 17); sent when they leave. */
    ERASURE
}
