package nl.sleutelnet.domain.network;

/** How two members are related. */
public enum TieKind {
    /** They know each other. */
    KNOWS,
    /** They work together (in a project, an organisation, an intervention). */
    WORKS_WITH,
    /** One referred someone or something to the other. */
    REFERRED
}
