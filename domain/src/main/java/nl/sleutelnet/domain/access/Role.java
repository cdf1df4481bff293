package nl.sleutelnet.domain.access;

/** What a signed-in user is for. A user can hold several roles. */
public enum Role {
    /** Functioneel beheerder: accounts, API tokens, reference data, retention, audit. */
    ADMIN,
    /** Regisseur aanpak polarisatie: everything in the approach. */
    COORDINATOR,
    /** Neighbourhood professional (wijkagent, welfare worker): own buurten and own cases only. */
    PROFESSIONAL,
    /** Analyst or policy adviser: aggregates only, never a person. */
    ANALYST,
    /** A key person using self-service: own data, own signals, polls. */
    KEY_PERSON
}
