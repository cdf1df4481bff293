package nl.sleutelnet.domain.network;

/** The kind of organisation or professional a partner is. */
public enum PartnerKind {
    COMMUNITY_POLICE_OFFICER, WELFARE, HOUSING_CORPORATION, SCHOOL, FAITH_ORGANISATION, SPORTS_CLUB, YOUTH_WORK,
    HEALTH_CARE, MUNICIPALITY, OTHER
}
