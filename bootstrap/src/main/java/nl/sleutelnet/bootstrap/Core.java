package nl.sleutelnet.bootstrap;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.application.port.out.PasswordHasher;
import nl.sleutelnet.application.port.out.SecretSource;
import nl.sleutelnet.application.service.AccountService;
import nl.sleutelnet.application.service.ApiTokenService;
import nl.sleutelnet.application.service.AuditService;
import nl.sleutelnet.application.service.EvaluationService;
import nl.sleutelnet.application.service.GeographyService;
import nl.sleutelnet.application.service.InterventionService;
import nl.sleutelnet.application.service.KeyPersonImportService;
import nl.sleutelnet.application.service.KeyPersonService;
import nl.sleutelnet.application.service.NetworkAnalysisService;
import nl.sleutelnet.application.service.NetworkReferences;
import nl.sleutelnet.application.service.PartnerAndTieService;
import nl.sleutelnet.application.service.PollAnswerService;
import nl.sleutelnet.application.service.PollService;
import nl.sleutelnet.application.service.ProgrammeService;
import nl.sleutelnet.application.service.SignInService;
import nl.sleutelnet.application.service.SignalLinks;
import nl.sleutelnet.application.service.SignalService;
import nl.sleutelnet.application.service.TemperatureService;
import nl.sleutelnet.application.service.ThemeService;
import nl.sleutelnet.bootstrap.audit.AuditTable;
import nl.sleutelnet.bootstrap.audit.AuditedUseCases;
import nl.sleutelnet.bootstrap.audit.Transactions;

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
            InterventionService.class, AuditService.class, EvaluationService.class, ProgrammeService.class);

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
        checkNotNull(persistence, "persistence");
        checkNotNull(notifier, "notifier");
        checkNotNull(settings, "settings");
        add(new GeographyService(persistence.register()));
        add(new ThemeService(persistence.themes()));
        add(new AccountService(persistence.accounts(), persistence.register(), hasher, ids, clock,
                settings.passwords()));
        add(new ApiTokenService(persistence.apiTokens(), persistence.accounts(), secrets, ids, clock));
        add(new SignInService(persistence.accounts(), hasher, secrets, ids, clock, settings.signIn(),
                settings.passwords()));
        NetworkReferences references = new NetworkReferences(persistence.register(), persistence.themes(),
                persistence.accounts(), persistence.keyPersons(), persistence.partners());
        KeyPersonService keyPersons = new KeyPersonService(persistence.keyPersons(), references, ids, clock);
        add(keyPersons);
        add(new KeyPersonImportService(persistence.keyPersons(), persistence.register(), persistence.themes(),
                keyPersons, keyPersons));
        add(new PartnerAndTieService(persistence.partners(), persistence.ties(), references, ids));
        add(new NetworkAnalysisService(persistence.keyPersons(), persistence.partners(), persistence.ties(),
                persistence.register(), persistence.themes(), settings.network(), clock));
        TemperatureService temperature = new TemperatureService(persistence.signals(), persistence.polls(),
                persistence.alerts(), persistence.accounts(), persistence.register(), persistence.themes(), notifier,
                ids, clock, settings.temperature(), settings.network().zone(), settings.publicUrl());
        add(temperature);
        SignalLinks links = new SignalLinks(persistence.signals(), persistence.interventions(), temperature);
        add(new SignalService(persistence.signals(), persistence.accounts(), references, links, secrets, ids, clock,
                settings.deadlines(), temperature));
        add(new InterventionService(persistence.interventions(), persistence.signals(), persistence.accounts(),
                persistence.keyPersons(), persistence.partners(), references, temperature, links, ids, clock));
        add(new PollService(persistence.polls(), persistence.keyPersons(), persistence.themes(),
                persistence.register(), references, notifier, secrets, ids, clock, settings.polls()));
        add(new PollAnswerService(persistence.polls(), persistence.keyPersons(), persistence.themes(),
                persistence.register(), clock, temperature));
        add(new AuditService(persistence.auditLog(), ids, clock, settings.network().zone()));
        add(new EvaluationService(persistence.keyPersons(), persistence.partners(), persistence.ties(),
                persistence.signals(), persistence.interventions(), persistence.programmes(), persistence.register(),
                persistence.themes(), temperature, settings.network(), settings.deadlines(),
                settings.temperature().trendTolerance(), settings.evaluation(), clock));
        add(new ProgrammeService(persistence.programmes(), persistence.interventions(), ids, clock));
        audited = new AuditedUseCases(persistence.auditLog(), transactions, ids, clock);
        useCases.replaceAll((type, service) -> type.getPackageName().startsWith(USE_CASES) ? wrapped(type, service)
                : service);
    }

    @SuppressWarnings("unchecked")
    private <T> T wrapped(Class<T> type, Object service) {
        return audited.wrap(type, (T) service);
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
