package nl.sleutelnet.domain.intervention;

/** How much of the tension the neighbourhood can carry itself (draagkracht), as judged by staff. */
public enum Capacity {
    /** Little: the neighbourhood needs professional help to carry it. */
    LOW,
    /** Some: with support the neighbourhood can carry part of it. */
    MEDIUM,
    /** Much: initiatives and key persons present can carry it largely themselves. */
    HIGH
}
