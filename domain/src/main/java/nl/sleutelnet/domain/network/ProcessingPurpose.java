package nl.sleutelnet.domain.network;

/** What a key person's data is processed for; recorded with their legal basis, shown to them. */
public enum ProcessingPurpose {
    /** Keeping in touch within the network. */
    NETWORK_CONTACT,
    /** Reporting signals and hearing back about them. */
    SIGNALS,
    /** Answering temperature polls. */
    POLLS,
    /** Taking part in interventions. */
    INTERVENTIONS
}
