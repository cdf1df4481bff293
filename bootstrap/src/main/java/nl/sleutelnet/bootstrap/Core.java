package nl.sleutelnet.bootstrap;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.google.common.base.Suppliers;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.reference.MaastrichtRegister;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.KeyPersonOwnership;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.application.port.out.PasswordHasher;
import nl.sleutelnet.application.port.out.SecretSource;
import nl.sleutelnet.application.service.AccountService;
import nl.sleutelnet.application.service.ApiTokenService;
import nl.sleutelnet.application.service.AuditService;
import nl.sleutelnet.application.service.DataSubjectAccessService;
import nl.sleutelnet.application.service.EvaluationService;
import nl.sleutelnet.application.service.GeographyService;
import nl.sleutelnet.application.service.InterventionService;
import nl.sleutelnet.application.service.KeyPersonImportService;
import nl.sleutelnet.application.service.KeyPersonService;
import nl.sleutelnet.application.service.NetworkAnalysisService;
import nl.sleutelnet.application.service.OverdueReminderService;
import nl.sleutelnet.application.service.NetworkReferences;
import nl.sleutelnet.application.service.PartnerAndTieService;
import nl.sleutelnet.application.service.PollAnswerService;
import nl.sleutelnet.application.service.PollService;
import nl.sleutelnet.application.service.PrivacyService;
import nl.sleutelnet.application.service.SelfServiceService;
import nl.sleutelnet.application.service.ProgrammeService;
import nl.sleutelnet.application.service.SignInService;
import nl.sleutelnet.application.service.SignalLinks;
import nl.sleutelnet.application.service.SignalService;
import nl.sleutelnet.application.service.TemperatureService;
import nl.sleutelnet.application.service.ThemeService;
import nl.sleutelnet.bootstrap.audit.AuditTable;
import nl.sleutelnet.bootstrap.audit.AuditedUseCases;
import nl.sleutelnet.bootstrap.audit.Transactions;
import nl.sleutelnet.domain.audit.AuditPurpose;
import nl.sleutelnet.bootstrap.simulation.Simulator;
import nl.sleutelnet.bootstrap.simulation.WhatIfSimulations;

/**
 * The core assembled from its ports, in plain Java: every use-case service, reachable by its inbound interface.
 * The Spring application exposes each interface as a bean; tests and embedders can use it directly. Every use case
 * comes wrapped: each call runs in one transaction (when {@link Transactions} are given) and is recorded in the
 * audit log as {@link AuditTable} says; see {@link AuditedUseCases}.
 */
public final class Core {

    /** The services, whose {@code port.in} interfaces are the use cases. */
    static final List<Class<?>> SERVICES = List.of(GeographyService.class, ThemeService.class,
            AccountService.class, ApiTokenService.class, SignInService.class, KeyPersonService.class,
            PartnerAndTieService.class, NetworkAnalysisService.class, KeyPersonImportService.class,
            SignalService.class, TemperatureService.class, PollService.class, PollAnswerService.class,
            InterventionService.class, AuditService.class, PrivacyService.class, WhatIfSimulations.class,
            SelfServiceService.class, DataSubjectAccessService.class,
            EvaluationService.class, ProgrammeService.class, OverdueReminderService.class);

    private static final String USE_CASES = "nl.sleutelnet.application.port.in";

    private final Map<Class<?>, Object> useCases = new LinkedHashMap<>();
    private final AuditedUseCases audited;

    /** A core without transactions: for the memory adapter, or an embedder that manages none. */
    public Core(Persistence persistence, PasswordHasher hasher, SecretSource secrets, IdGenerator ids, Clock clock,
            Notifier notifier, CoreSettings settings) {
        this(persistence, hasher, secrets, ids, clock, notifier, settings, Transactions.NONE);
    }

    /**
     * @param notifier     sends poll invitations, reminders and alerts (SMTP in the application)
     * @param settings     the municipality's choices; {@link CoreSettings#defaults()} documents the defaults
     * @param transactions the persistence adapter's transactions: every use-case call and its audit entry run in one
     */
    public Core(Persistence persistence, PasswordHasher hasher, SecretSource secrets, IdGenerator ids, Clock clock,
            Notifier notifier, CoreSettings settings, Transactions transactions) {
        this(persistence, hasher, secrets, ids, clock, notifier, settings, transactions, KeyPersonOwnership.none(), true);
    }

    /**
     * @param ownership which key person a self-service account belongs to, so that a key person can erase only their
     *                  own data
     */
    public Core(Persistence persistence, PasswordHasher hasher, SecretSource secrets, IdGenerator ids, Clock clock,
            Notifier notifier, CoreSettings settings, Transactions transactions, KeyPersonOwnership ownership) {
        this(persistence, hasher, secrets, ids, clock, notifier, settings, transactions, ownership, true);
    }

    /** A core without self-service ownership, audited or not (see the ten-argument constructor). */
    Core(Persistence persistence, PasswordHasher hasher, SecretSource secrets, IdGenerator ids, Clock clock,
            Notifier notifier, CoreSettings settings, Transactions transactions, boolean audited) {
        this(persistence, hasher, secrets, ids, clock, notifier, settings, transactions, KeyPersonOwnership.none(),
                audited);
    }

    /**
     * @param audited false: the use cases are the bare services, without the transaction and the audit entry of
     *                {@link AuditedUseCases}. Only for a core nobody's personal data passes through, such as a
     *                simulation's synthetic city; {@link Sleutelnet.Builder#audit(boolean)} documents it
     */
    Core(Persistence persistence, PasswordHasher hasher, SecretSource secrets, IdGenerator ids, Clock clock,
            Notifier notifier, CoreSettings settings, Transactions transactions, KeyPersonOwnership ownership,
            boolean audited) {
        checkNotNull(persistence, "persistence");
        checkNotNull(notifier, "notifier");
        checkNotNull(settings, "settings");
        add(new GeographyService(persistence.register()));
        add(new ThemeService(persistence.themes()));
        add(new AccountService(persistence.accounts(), persistence.register(), hasher, ids, clock,
                settings.passwords()));
        add(new ApiTokenService(persistence.apiTokens(), persistence.accounts(), secrets, ids, clock));
        add(new SignInService(persistence.accounts(), persistence.attempts(), hasher, secrets, ids, clock,
                settings.signIn(), settings.passwords()));
        NetworkReferences references = new NetworkReferences(persistence.register(), persistence.themes(),
                persistence.accounts(), persistence.keyPersons(), persistence.partners());
        KeyPersonService keyPersons = new KeyPersonService(persistence.keyPersons(), references, ids, clock);
        add(keyPersons);
        add(new KeyPersonImportService(persistence.keyPersons(), persistence.register(), persistence.themes(),
                keyPersons, keyPersons));
        add(new PartnerAndTieService(persistence.partners(), persistence.ties(), references, ids));
        NetworkAnalysisService analysis = new NetworkAnalysisService(persistence.keyPersons(), persistence.partners(),
                persistence.ties(), persistence.register(), persistence.themes(), settings.network(), clock);
        add(analysis);
        TemperatureService temperature = new TemperatureService(persistence.signals(), persistence.polls(),
                persistence.alerts(), persistence.accounts(), persistence.register(), persistence.themes(), notifier,
                ids, clock, settings.temperature(), settings.network().zone(), settings.publicUrl());
        add(temperature);
        SignalLinks links = new SignalLinks(persistence.signals(), persistence.interventions(), temperature);
        add(new SignalService(persistence.signals(), persistence.accounts(), references, links, secrets, ids, clock,
                settings.deadlines(), temperature));
        add(new OverdueReminderService(persistence.signals(), persistence.accounts(), notifier, clock,
                settings.deadlines(), settings.network().zone(), settings.publicUrl()));
        add(new InterventionService(persistence.interventions(), persistence.signals(), persistence.accounts(),
                persistence.keyPersons(), persistence.partners(), references, temperature, links, ids, clock));
        add(new PollService(persistence.polls(), persistence.keyPersons(), persistence.themes(),
                persistence.register(), references, notifier, secrets, ids, clock, settings.polls()));
        add(new PollAnswerService(persistence.polls(), persistence.keyPersons(), persistence.themes(),
                persistence.register(), clock, temperature));
        add(new AuditService(persistence.auditLog(), ids, clock, settings.network().zone()));
        add(new PrivacyService(persistence.keyPersons(), persistence.ties(), persistence.signals(),
                persistence.polls(), persistence.interventions(), persistence.selfService(),
                persistence.deletionRegister(),
                persistence.auditRetention(), ownership, ids, clock, settings.network().zone(),
                settings.privacy().retention(), useCasesByPurpose(), settings.privacy().controller()));
        add(new WhatIfSimulations(analysis, persistence.register()::districts, ids, clock,
                Suppliers.memoize(() -> new Simulator(MaastrichtRegister.load(), settings))));
        add(new SelfServiceService(persistence.keyPersons(), persistence.selfService(), persistence.polls(),
                persistence.attempts(), notifier, secrets, ids, clock, settings.selfService(), settings.polls()));
        add(new DataSubjectAccessService(persistence.keyPersons(), persistence.ties(), persistence.partners(),
                persistence.signals(), persistence.polls(), persistence.interventions(), persistence.selfService(),
                persistence.auditLog(), persistence.accounts(), persistence.register(), persistence.themes(), clock));
        add(new EvaluationService(persistence.keyPersons(), persistence.partners(), persistence.ties(),
                persistence.signals(), persistence.interventions(), persistence.programmes(), persistence.register(),
                persistence.themes(), temperature, settings.network(), settings.deadlines(),
                settings.temperature().trendTolerance(), settings.evaluation(), clock));
        add(new ProgrammeService(persistence.programmes(), persistence.interventions(), ids, clock));
        this.audited = new AuditedUseCases(persistence.auditLog(), transactions, ids, clock);
        if (audited) {
            useCases.replaceAll((type, service) -> type.getPackageName().startsWith(USE_CASES)
                    ? wrapped(type, service) : service);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T wrapped(Class<T> type, Object service) {
        return audited.wrap(type, (T) service);
    }

    /** The use cases per purpose of the audit log, by simple name: the processing register's activities. */
    static Map<AuditPurpose, List<String>> useCasesByPurpose() {
        Map<AuditPurpose, List<String>> byPurpose = new EnumMap<>(AuditPurpose.class);
        for (Class<?> type : useCaseInterfaces()) {
            byPurpose.computeIfAbsent(AuditTable.rule(type).purpose(), p -> new ArrayList<>()).add(type.getSimpleName());
        }
        byPurpose.values().forEach(names -> names.sort(Comparator.naturalOrder()));
        return byPurpose;
    }

    /** Every use-case interface the core offers. */
    public static List<Class<?>> useCaseInterfaces() {
        return SERVICES.stream().flatMap(s -> Arrays.stream(s.getInterfaces()))
                .filter(i -> i.getPackageName().startsWith(USE_CASES)).toList();
    }

    public <T> T useCase(Class<T> type) {
        Object service = useCases.get(type);
        checkArgument(service != null, "%s is not a use case of the core", type.getName());
        return type.cast(service);
    }

    private void add(Object service) {
        checkArgument(SERVICES.contains(service.getClass()), "%s is missing from SERVICES", service.getClass());
        for (Class<?> type : service.getClass().getInterfaces()) {
            useCases.put(type, service);
        }
    }
}
