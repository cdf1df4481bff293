package nl.sleutelnet.domain.signal;

/**
 * How the reporter learned of the tension: always an open way. There is deliberately no option for covert means
 * (infiltration, undercover accounts, secret recordings): such signals are not accepted.
 */
public enum HowObtained {
    /** The reporter saw or heard it themselves in public. */
    OWN_OBSERVATION,
    /** A resident told the reporter. */
    CONVERSATION,
    /** At a public meeting or neighbourhood gathering. */
    MEETING,
    /** A public online source: an open group, a public post. */
    PUBLIC_ONLINE,
    /** Newspaper, radio, television. */
    MEDIA,
    /** A report to a partner or the municipality. */
    REPORT
}
