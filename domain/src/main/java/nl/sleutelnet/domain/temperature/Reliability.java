package nl.sleutelnet.domain.temperature;

/** How reliable an assessed signal is judged to be; an unassessed signal counts as UNKNOWN. */
public enum Reliability {
    HIGH, MEDIUM, LOW, UNKNOWN
}
