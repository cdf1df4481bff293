package nl.sleutelnet.adapters.persistence;

import nl.sleutelnet.application.port.out.AttemptLog;
import nl.sleutelnet.application.port.out.AuditRetention;
import nl.sleutelnet.application.port.out.DeletionRegister;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.application.port.out.AlertRepository;
import nl.sleutelnet.application.port.out.ApiTokenRepository;
import nl.sleutelnet.application.port.out.AuditLog;
import nl.sleutelnet.application.port.out.InterventionRepository;
import nl.sleutelnet.application.port.out.JobLock;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.application.port.out.PartnerRepository;
import nl.sleutelnet.application.port.out.PollRepository;
import nl.sleutelnet.application.port.out.SelfServiceRepository;
import nl.sleutelnet.application.port.out.ProgrammeRepository;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.application.port.out.TieRepository;

/**
 * One persistence adapter: every outbound storage port, implemented together. The composition root picks one
 * ({@code memory} or {@code jdbc}); the contract tests hold both to the same behaviour.
 */
public interface Persistence {

    NeighbourhoodRegister register();

    ThemeRepository themes();

    AccountRepository accounts();

    ApiTokenRepository apiTokens();

    KeyPersonRepository keyPersons();

    PartnerRepository partners();

    TieRepository ties();

    SignalRepository signals();

    /** Poll rounds and invitations; also the poll answers the temperature reads. */
    PollRepository polls();

    /** The alerts raised when a buurt's temperature goes up a level. */
    AlertRepository alerts();

    /** The append-only audit log. */
    AuditLog auditLog();

    /** Interventions with their participants, tasks, capacity, dynamics, ladder, evaluation and timeline. */
    InterventionRepository interventions();

    /** Which instance runs a scheduled job now; without a shared database every claim succeeds. */
    default JobLock jobLock() {
        return JobLock.SINGLE_INSTANCE;
    }

    /** The deletion register: what erasures and retention runs removed, without the data removed. */
    DeletionRegister deletionRegister();

    /** The retention term's way to delete old audit entries (the database keeps a floor). */
    AuditRetention auditRetention();

    /** The key persons' personal "Mijn Sleutelnet" links and the requests they send through them. */
    SelfServiceRepository selfService();

    /** The programme "Aanpak polarisatie" (seeded) and its funding lines and costs. */
    ProgrammeRepository programmes();

    /** Attempts counted by the sign-in and personal-link throttles, shared by the instances on one database. */
    AttemptLog attempts();
}
