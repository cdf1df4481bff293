package nl.sleutelnet.domain.intervention;

/** What an intervention achieved, as judged at its evaluation. */
public enum Outcome {
    EFFECTIVE, PARTLY, NOT_EFFECTIVE,
    /** Whether it helped cannot be told (yet); the evaluation says why. */
    UNKNOWN
}
