package nl.sleutelnet.adapters.persistence.memory;

import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.reference.MaastrichtRegister;
import nl.sleutelnet.domain.programme.Programme;
import nl.sleutelnet.domain.theme.DefaultThemes;

/**
 * The memory adapter: every outbound persistence port in plain Java, for tests, demos and simulations. It
 * starts as a new installation does: Maastricht's register and the default themes, no accounts. Nothing
 * survives the process.
 */
public final class MemoryPersistence implements Persistence {

    private final MemoryNeighbourhoodRegister register;
    private final MemoryThemeRepository themes = new MemoryThemeRepository();
    private final MemoryAccountRepository accounts = new MemoryAccountRepository();
    private final MemoryApiTokenRepository apiTokens = new MemoryApiTokenRepository();
    private final MemoryKeyPersonRepository keyPersons = new MemoryKeyPersonRepository();
    private final MemoryPartnerRepository partners = new MemoryPartnerRepository();
    private final MemoryTieRepository ties = new MemoryTieRepository();
    private final MemorySignalRepository signals = new MemorySignalRepository();
    private final MemoryPollRepository polls = new MemoryPollRepository();
    private final MemoryAlertRepository alerts = new MemoryAlertRepository();
    private final MemoryAuditLog auditLog = new MemoryAuditLog();
    private final MemoryInterventionRepository interventions = new MemoryInterventionRepository();
    private final MemoryDeletionRegister deletionRegister = new MemoryDeletionRegister();
    private final MemorySelfServiceRepository selfService = new MemorySelfServiceRepository();
    private final MemoryProgrammeRepository programmes = new MemoryProgrammeRepository();
    private final MemoryAttemptLog attempts = new MemoryAttemptLog();

    private MemoryPersistence(MaastrichtRegister source) {
        this.register = new MemoryNeighbourhoodRegister(source);
        DefaultThemes.all().forEach(themes::save);
        programmes.save(Programme.aanpakPolarisatie());
    }

    /** A fresh installation for Maastricht. */
    public static MemoryPersistence maastricht() {
        return new MemoryPersistence(MaastrichtRegister.load());
    }

    /**
     * A fresh installation on a register read before: for many short-lived instances (a simulation's seeds), which
     * then read the reference files once. The register is immutable, so instances may share it.
     */
    public static MemoryPersistence of(MaastrichtRegister register) {
        return new MemoryPersistence(register);
    }

    @Override
    public MemoryNeighbourhoodRegister register() {
        return register;
    }

    @Override
    public MemoryThemeRepository themes() {
        return themes;
    }

    @Override
    public MemoryAccountRepository accounts() {
        return accounts;
    }

    @Override
    public MemoryApiTokenRepository apiTokens() {
        return apiTokens;
    }

    @Override
    public MemoryKeyPersonRepository keyPersons() {
        return keyPersons;
    }

    @Override
    public MemoryPartnerRepository partners() {
        return partners;
    }

    @Override
    public MemoryTieRepository ties() {
        return ties;
    }

    @Override
    public MemorySignalRepository signals() {
        return signals;
    }

    @Override
    public MemoryPollRepository polls() {
        return polls;
    }

    @Override
    public MemoryAlertRepository alerts() {
        return alerts;
    }

    @Override
    public MemoryAuditLog auditLog() {
        return auditLog;
    }

    @Override
    public MemoryInterventionRepository interventions() {
        return interventions;
    }

    @Override
    public MemoryDeletionRegister deletionRegister() {
        return deletionRegister;
    }

    @Override
    public MemoryAuditLog auditRetention() {
        return auditLog;
    }

    @Override
    public MemorySelfServiceRepository selfService() {
        return selfService;
    }

    @Override
    public MemoryProgrammeRepository programmes() {
        return programmes;
    }

    @Override
    public nl.sleutelnet.application.port.out.AttemptLog attempts() {
        return attempts;
    }
}
