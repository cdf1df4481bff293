package nl.sleutelnet.adapters.persistence.jdbc;

import java.util.List;
import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.jdbc.migration.V2__Maastricht_register;
import nl.sleutelnet.adapters.persistence.jdbc.migration.V3__Default_themes;
import nl.sleutelnet.adapters.persistence.jdbc.migration.V9_1__Audit_log_append_only;
import nl.sleutelnet.application.port.out.JobLock;
import nl.sleutelnet.adapters.persistence.jdbc.migration.V10_1__Audit_log_retention_floor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The JDBC adapter: every outbound persistence port on one {@link DataSource} (PostgreSQL, or H2 in PostgreSQL
 * mode). The schema comes from Flyway: SQL migrations in {@value #SQL_MIGRATIONS} and the Java migrations of
 * {@link #javaMigrations()} that load reference data.
 */
public final class JdbcPersistence implements Persistence {

    public static final String SQL_MIGRATIONS = "classpath:db/sleutelnet";

    private final JdbcNeighbourhoodRegister register;
    private final JdbcThemeRepository themes;
    private final JdbcAccountRepository accounts;
    private final JdbcApiTokenRepository apiTokens;
    private final JdbcKeyPersonRepository keyPersons;
    private final JdbcPartnerRepository partners;
    private final JdbcTieRepository ties;
    private final JdbcSignalRepository signals;
    private final JdbcPollRepository polls;
    private final JdbcAlertRepository alerts;
    private final JdbcAuditLog auditLog;
    private final JdbcInterventionRepository interventions;
    private final JdbcJobLock jobLock;
    private final JdbcDeletionRegister deletionRegister;
    private final JdbcAuditRetention auditRetention;
    private final JdbcSelfServiceRepository selfService;
    private final JdbcProgrammeRepository programmes;
    private final JdbcAttemptLog attempts;

    /**
     * Everything on {@code jdbc}; the throttles' attempts too, so with transactions on this client a failed sign-in
     * is not counted (its use case rolls back). The application uses {@link #JdbcPersistence(JdbcClient, DataSource)}.
     */
    public JdbcPersistence(JdbcClient jdbc) {
        this(jdbc, jdbc);
    }

    /**
     * @param jdbc       joins the use cases' transactions
     * @param dataSource the same database; the throttles' attempts are written on connections of their own, outside
     *                   any transaction (a wrapper Spring's transaction synchronisation does not recognise), so that an
     *                   attempt stays counted when the use case recording it fails
     */
    public JdbcPersistence(JdbcClient jdbc, DataSource dataSource) {
        this(jdbc, JdbcClient.create(new org.springframework.jdbc.datasource.DelegatingDataSource(dataSource)));
    }

    private JdbcPersistence(JdbcClient jdbc, JdbcClient outsideTransactions) {
        this.register = new JdbcNeighbourhoodRegister(jdbc);
        this.themes = new JdbcThemeRepository(jdbc);
        this.accounts = new JdbcAccountRepository(jdbc);
        this.apiTokens = new JdbcApiTokenRepository(jdbc);
        this.keyPersons = new JdbcKeyPersonRepository(jdbc);
        this.partners = new JdbcPartnerRepository(jdbc);
        this.ties = new JdbcTieRepository(jdbc);
        this.signals = new JdbcSignalRepository(jdbc);
        this.polls = new JdbcPollRepository(jdbc);
        this.alerts = new JdbcAlertRepository(jdbc);
        this.auditLog = new JdbcAuditLog(jdbc);
        this.interventions = new JdbcInterventionRepository(jdbc);
        this.jobLock = new JdbcJobLock(jdbc);
        this.deletionRegister = new JdbcDeletionRegister(jdbc);
        this.auditRetention = new JdbcAuditRetention(jdbc);
        this.selfService = new JdbcSelfServiceRepository(jdbc);
        this.programmes = new JdbcProgrammeRepository(jdbc);
        this.attempts = new JdbcAttemptLog(outsideTransactions);
    }

    public JdbcPersistence(DataSource dataSource) {
        this(JdbcClient.create(dataSource), dataSource);
    }

    @Override
    public nl.sleutelnet.application.port.out.AttemptLog attempts() {
        return attempts;
    }

    /** The migrations written in Java; Flyway finds the SQL ones itself. */
    public static List<JavaMigration> javaMigrations() {
        return List.of(new V2__Maastricht_register(), new V3__Default_themes(), new V9_1__Audit_log_append_only(),
                new V10_1__Audit_log_retention_floor());
    }

    /** Brings the schema up to date without Spring Boot (tests, embedding). */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(SQL_MIGRATIONS)
                .javaMigrations(javaMigrations().toArray(JavaMigration[]::new))
                .load().migrate();
    }

    @Override
    public JdbcNeighbourhoodRegister register() {
        return register;
    }

    @Override
    public JdbcThemeRepository themes() {
        return themes;
    }

    @Override
    public JdbcAccountRepository accounts() {
        return accounts;
    }

    @Override
    public JdbcApiTokenRepository apiTokens() {
        return apiTokens;
    }

    @Override
    public JdbcKeyPersonRepository keyPersons() {
        return keyPersons;
    }

    @Override
    public JdbcPartnerRepository partners() {
        return partners;
    }

    @Override
    public JdbcTieRepository ties() {
        return ties;
    }

    @Override
    public JdbcSignalRepository signals() {
        return signals;
    }

    @Override
    public JdbcPollRepository polls() {
        return polls;
    }

    @Override
    public JdbcAlertRepository alerts() {
        return alerts;
    }

    @Override
    public JdbcAuditLog auditLog() {
        return auditLog;
    }

    @Override
    public JdbcInterventionRepository interventions() {
        return interventions;
    }

    @Override
    public JobLock jobLock() {
        return jobLock;
    }

    @Override
    public JdbcDeletionRegister deletionRegister() {
        return deletionRegister;
    }

    @Override
    public JdbcAuditRetention auditRetention() {
        return auditRetention;
    }

    @Override
    public JdbcSelfServiceRepository selfService() {
        return selfService;
    }

    @Override
    public JdbcProgrammeRepository programmes() {
        return programmes;
    }
}
