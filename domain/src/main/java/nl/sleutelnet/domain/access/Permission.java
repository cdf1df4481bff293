package nl.sleutelnet.domain.access;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a use case needs, and which roles grant it. This table is the single place where roles meet
 * capabilities; use cases ask {@link Actor#require(Permission)} and never test roles themselves.
 */
public enum Permission {
    /** See the buurten, wijken and themes (everyone who may sign in needs them to work). */
    VIEW_REFERENCE_DATA(EnumSet.allOf(Role.class)),
    /** Add, rename or retire themes. */
    MANAGE_REFERENCE_DATA(EnumSet.of(Role.ADMIN)),
    /** Create and change accounts, issue and revoke API tokens. */
    MANAGE_ACCOUNTS(EnumSet.of(Role.ADMIN)),
    /** See key persons by name: the coordinator all, a professional those active in their own buurten. */
    VIEW_KEY_PERSONS(EnumSet.of(Role.COORDINATOR, Role.PROFESSIONAL)),
    /** Register and change key persons, partners and ties; import lists. */
    MANAGE_NETWORK(EnumSet.of(Role.COORDINATOR)),
    /** Coverage counts per buurt and theme: aggregates, no names. */
    VIEW_NETWORK_FIGURES(EnumSet.of(Role.COORDINATOR, Role.PROFESSIONAL, Role.ANALYST)),
    /** The structure of the network by name: brokers, single points of failure, what-if. */
    ANALYSE_NETWORK(EnumSet.of(Role.COORDINATOR)),
    /**
     * Simulate what-ifs on the current network (key persons fewer or more per wijk) on a synthetic city: aggregates
     * in, aggregates out, nothing stored.
     */
    RUN_SIMULATIONS(EnumSet.of(Role.COORDINATOR, Role.ANALYST)),
    /** Report a signal (a key person reports through their personal link or account). */
    REPORT_SIGNALS(EnumSet.of(Role.COORDINATOR, Role.PROFESSIONAL, Role.KEY_PERSON)),
    /** See and handle signals: the coordinator all, a professional those of their buurten or assigned to them. */
    HANDLE_SIGNALS(EnumSet.of(Role.COORDINATOR, Role.PROFESSIONAL)),
    /** The temperature map, trends and roll-ups: figures, no persons. */
    VIEW_TEMPERATURE(EnumSet.of(Role.COORDINATOR, Role.PROFESSIONAL, Role.ANALYST)),
    /** The signals and answers behind a temperature figure. */
    EXPLAIN_TEMPERATURE(EnumSet.of(Role.COORDINATOR, Role.PROFESSIONAL)),
    /**
     * Open and close poll rounds, see who was invited, whose mail failed and who could not be mailed, read the
     * remarks, and send an invitation again.
     */
    MANAGE_POLLS(EnumSet.of(Role.COORDINATOR)),
    /**
     * See poll rounds and their figures (response rates, ratings per buurt and theme), never who answered what: the
     * coordinator every round, a professional the rounds and figures of their own buurten, an analyst every round.
     */
    VIEW_POLLS(EnumSet.of(Role.COORDINATOR, Role.PROFESSIONAL, Role.ANALYST)),
    /** See the alerts raised when a buurt's temperature goes up a level, and mark them as seen. */
    HANDLE_ALERTS(EnumSet.of(Role.COORDINATOR)),
    /** Read and export the audit log: who did what with which data, when, from where and why. */
    VIEW_AUDIT(EnumSet.of(Role.ADMIN)),
    /** Record that personal data was given to a third party, with the recipient and the legal basis. */
    RECORD_DISCLOSURES(EnumSet.of(Role.COORDINATOR, Role.PROFESSIONAL, Role.ADMIN)),
    /**
     * See interventions on the board and in detail: the coordinator all, a professional those whose scope touches one
     * of their buurten, that they own, or in which a task is assigned to them.
     */
    VIEW_INTERVENTIONS(EnumSet.of(Role.COORDINATOR, Role.PROFESSIONAL)),
    /**
     * The daily work on an intervention one may see: add, change, complete and reopen tasks, add notes, link a signal.
     */
    WORK_ON_INTERVENTIONS(EnumSet.of(Role.COORDINATOR, Role.PROFESSIONAL)),
    /**
     * Direct interventions (regie): plan, describe, change the scope and the owner, participants, the capacity
     * assessment, tagged dynamics, start, op- en afschalen, withdraw and close.
     */
    MANAGE_INTERVENTIONS(EnumSet.of(Role.COORDINATOR)),
    /** Erase a key person's personal data (GDPR article 17), keeping the figures. */
    ERASE_KEY_PERSONS(EnumSet.of(Role.COORDINATOR)),
    /** A key person asks, through self-service, to be forgotten: only their own record. */
    ERASE_OWN_DATA(EnumSet.of(Role.KEY_PERSON)),
    /** See the retention terms and the deletion register, and apply the terms now. */
    MANAGE_RETENTION(EnumSet.of(Role.ADMIN)),
    /** See and download the processing register (GDPR article 30). */
    VIEW_PROCESSING_REGISTER(EnumSet.of(Role.ADMIN)),
    /**
     * Everything Sleutelnet holds on one key person, for their request of access (GDPR art. 15): the record, ties,
     * signals, polls, interventions, and who saw or received their data.
     */
    EXPORT_PERSONAL_DATA(EnumSet.of(Role.COORDINATOR)),
    /** See and close the correction and erasure requests key persons send through "Mijn Sleutelnet". */
    HANDLE_DATA_SUBJECT_REQUESTS(EnumSet.of(Role.COORDINATOR)),
    /**
     * A key person's own self-service through their personal link: see their data, correct it, withdraw consent,
     * leave, report signals, answer polls. Only ever for themself ({@link Actor#requireSelf}).
     */
    SELF_SERVICE(EnumSet.of(Role.KEY_PERSON)),
    /**
     * The period report (evaluatie) and the programme's money: figures only, never a person. An analyst always sees
     * small numbers suppressed; the coordinator may see every number.
     */
    VIEW_EVALUATION(EnumSet.of(Role.COORDINATOR, Role.ANALYST)),
    /** Record the programme's funding lines and costs. */
    MANAGE_PROGRAMME(EnumSet.of(Role.COORDINATOR));

    private final Set<Role> grantedTo;

    Permission(Set<Role> grantedTo) {
        this.grantedTo = Sets.immutableEnumSet(grantedTo);
    }

    public Set<Role> grantedTo() {
        return grantedTo;
    }

    public boolean isGrantedToAny(Set<Role> roles) {
        return roles.stream().anyMatch(grantedTo::contains);
    }
}
