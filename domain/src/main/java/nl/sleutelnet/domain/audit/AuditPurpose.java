package nl.sleutelnet.domain.audit;

/**
 * Why data is processed: the processing activity ("verwerkingsactiviteit") an audit entry belongs to. Each use case
 * has exactly one; the list follows the purposes in docs/privacy.md.
 */
public enum AuditPurpose {
    /** Building and keeping in touch with the network of key persons and partners. */
    NETWORK_CONTACT,
    /** Receiving, assessing and handling signals, and the temperature derived from them. */
    SIGNALS,
    /** Temperature polls among key persons. */
    POLLS,
    /** Tailor-made interventions. */
    INTERVENTIONS,
    /** Staff accounts, sign-in and API tokens of city systems. */
    ACCOUNTS,
    /** Buurten, wijken and themes: no personal data. */
    REFERENCE_DATA,
    /** Accountability and rights: reading the audit log, recording disclosures, erasure, retention, the register. */
    ACCOUNTABILITY,
    /** Evaluating the approach: the period report and the programme's money (figures, no persons). */
    EVALUATION
}
