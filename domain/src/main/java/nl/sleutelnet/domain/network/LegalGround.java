package nl.sleutelnet.domain.network;

/** The GDPR article 6 ground a key person's data is processed on. */
public enum LegalGround {
    /** Art. 6(1)(a): the key person consented, for stated purposes; they can withdraw at any time. */
    CONSENT,
    /** Art. 6(1)(e): a task in the public interest, with the municipal decision that assigns it as reference. */
    PUBLIC_TASK,
    /** Art. 6(1)(c): a legal obligation, with the law as reference. */
    LEGAL_OBLIGATION
}
