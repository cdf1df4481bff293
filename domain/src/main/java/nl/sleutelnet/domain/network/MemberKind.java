package nl.sleutelnet.domain.network;

/** The two kinds of members of the network. */
public enum MemberKind {
    /** A sleutelpersoon: an engaged citizen. */
    KEY_PERSON,
    /** An organisation or professional (wijkagent, welfare, school, ...). */
    PARTNER
}
