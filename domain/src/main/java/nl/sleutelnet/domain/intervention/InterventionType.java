package nl.sleutelnet.domain.intervention;

/** What kind of response an intervention is. Every case is tailor-made; the type says what it mainly consists of. */
public enum InterventionType {
    /** Conversations with and between residents (dialoog). */
    DIALOGUE,
    /** A neighbourhood meeting or gathering (bijeenkomst). */
    MEETING,
    /** Mediation between groups or parties in conflict (bemiddeling). */
    MEDIATION,
    /** Strengthening the resilient middle: training, workshops (weerbaarheidstraining). */
    RESILIENCE_TRAINING,
    /** Information and communication to the neighbourhood (communicatie). */
    COMMUNICATION,
    /** An activity that brings the neighbourhood together (buurtactiviteit). */
    COMMUNITY_ACTIVITY,
    /** Handing over to the safety partners: police, the safety house (doorverwijzing naar veiligheidspartners). */
    REFERRAL_TO_SAFETY_PARTNERS
}
