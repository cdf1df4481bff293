package nl.sleutelnet.domain.intervention;

/**
 * Bart Brandsma's roles in polarisation. In Sleutelnet they name the part a <em>dynamic</em> plays in a case ("on the
 * school square the pushers set the tone"), never a person: a role is only ever held by a {@link DynamicTag}, which has
 * no field that can point at a person or a member of the network. {@code DynamicTagModelTest} keeps it so.
 */
public enum PolarisationRole {
    /** Aanjager: the poles that feed the us-versus-them thinking. */
    PUSHER,
    /** Meeloper: those drawn to choose a side. */
    JOINER,
    /** Stille middengroep: the middle that does not (yet) choose a side. */
    SILENT_MIDDLE,
    /** Bruggenbouwer: those who try to connect the poles. */
    BRIDGE_BUILDER,
    /** Zondebok: the one the poles blame, often the middle or a bridge builder. */
    SCAPEGOAT
}
