package nl.sleutelnet.domain.privacy;

/** What an erasure or a retention run removed or anonymised: the kinds the deletion register counts. */
public enum Removal {
    /** Key person records whose personal data was erased (the record that names nobody stays). */
    KEY_PERSONS_ERASED,
    /** Ties of an erased key person, removed. */
    TIES_REMOVED,
    /** Nominations made by an erased key person, removed from the nominee's record. */
    NOMINATIONS_REMOVED,
    /** Signals an erased key person reported or confirmed: the link to them removed, their text replaced. */
    SIGNALS_UNLINKED,
    /** Closed signals past their term: reporters and free text anonymised. */
    SIGNALS_ANONYMISED,
    /** Poll invitations of an erased key person: the link to them removed, the ratings kept. */
    POLL_INVITATIONS_UNLINKED,
    /** Poll rounds that listed an erased key person as not invited: the line kept for a placeholder. */
    POLL_ROUNDS_UNLINKED,
    /** Interventions an erased key person took part in or was present for: replaced by a placeholder. */
    INTERVENTIONS_UNLINKED,
    /** Closed interventions past their term: participants and notes anonymised. */
    INTERVENTIONS_ANONYMISED,
    /** Audit log entries past their term, deleted. */
    AUDIT_ENTRIES_DELETED
}
