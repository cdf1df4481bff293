package nl.sleutelnet.domain.privacy;

/** Why a key person's data was erased. */
public enum ErasureReason {
    /** The key person asked to be forgotten (GDPR article 17), through staff or their own self-service. */
    DATA_SUBJECT_REQUEST,
    /** The retention term of departed key persons ran out. */
    RETENTION,
    /** Another ground, such as unlawful registration found in a check; staff record the details elsewhere. */
    OTHER
}
