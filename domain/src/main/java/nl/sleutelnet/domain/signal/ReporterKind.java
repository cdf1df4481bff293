package nl.sleutelnet.domain.signal;

/** Who reported a signal. There is no kind for an undisclosed or covert source: Sleutelnet has none. */
public enum ReporterKind {
    /** A key person of the network (they know they are registered and why). */
    KEY_PERSON,
    /** A partner: wijkagent, welfare worker, school, housing corporation. */
    PARTNER,
    /** A member of the municipality's staff. */
    STAFF,
    /** A public source anyone can see: a newspaper, an open online group, a public meeting. */
    OPEN_SOURCE
}
