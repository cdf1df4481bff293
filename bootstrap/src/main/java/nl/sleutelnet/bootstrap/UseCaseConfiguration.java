package nl.sleutelnet.bootstrap;

import java.time.Period;
import nl.sleutelnet.application.service.PrivacySettings;
import nl.sleutelnet.domain.privacy.RetentionTerms;
import java.beans.Introspector;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.application.port.out.PasswordHasher;
import nl.sleutelnet.application.port.out.SecretSource;
import nl.sleutelnet.application.service.EvaluationSettings;
import nl.sleutelnet.application.service.NetworkSettings;
import nl.sleutelnet.domain.evaluation.SmallCells;
import nl.sleutelnet.application.service.PollSettings;
import nl.sleutelnet.application.service.SelfServiceSettings;
import nl.sleutelnet.application.service.SignInSettings;
import nl.sleutelnet.bootstrap.audit.Transactions;
import nl.sleutelnet.bootstrap.support.BCryptPasswordHasher;
import nl.sleutelnet.bootstrap.support.CommonPasswords;
import nl.sleutelnet.bootstrap.support.SecureRandomSecrets;
import nl.sleutelnet.bootstrap.support.SpringTransactions;
import nl.sleutelnet.domain.signal.AssessmentDeadlines;
import nl.sleutelnet.domain.temperature.TemperatureSettings;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the core by hand (no component scanning of the core) and publishes each use case as a bean of its
 * interface, running in a transaction when the persistence adapter has one, and recorded in the audit log. The clock,
 * password hasher, secret source and id generator yield to beans of an embedding application's own (see
 * {@link SleutelnetAutoConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    /** Real time; with the demo profile a clock the demo loader can stand at moments of 2022–2026. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(Environment environment) {
        return environment.matchesProfiles("demo") ? new DemoClock(Clock.systemUTC()) : Clock.systemUTC();
    }

    /** Scheduled jobs run on one instance at a time, claimed in the persistence adapter's lock. */
    @Bean
    ScheduledJobs scheduledJobs(Persistence persistence, Clock clock) {
        return new ScheduledJobs(persistence.jobLock(), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    PasswordHasher passwordHasher(@Value("${sleutelnet.security.bcrypt-strength:12}") int strength) {
        return new BCryptPasswordHasher(strength);
    }

    @Bean
    @ConditionalOnMissingBean
    SecretSource secretSource() {
        return new SecureRandomSecrets();
    }

    @Bean
    @ConditionalOnMissingBean
    IdGenerator idGenerator() {
        return UUID::randomUUID;
    }

    @Bean
    NetworkSettings networkSettings(@Value("${sleutelnet.network.tie-fades-after-days:180}") int fadeDays,
            @Value("${sleutelnet.network.stale-after-days:90}") int staleDays,
            @Value("${sleutelnet.time-zone:Europe/Amsterdam}") String zone,
            @Value("${sleutelnet.network.exact-betweenness-up-to:2500}") int exactBetweennessUpTo,
            @Value("${sleutelnet.network.betweenness-pivots:1000}") int betweennessPivots) {
        return new NetworkSettings(java.time.Period.ofDays(fadeDays), staleDays, java.time.ZoneId.of(zone),
                exactBetweennessUpTo, betweennessPivots);
    }

    /** How many days a received signal may wait for its assessment, for intensity 1 to 5. */
    @Bean
    AssessmentDeadlines assessmentDeadlines(
            @Value("${sleutelnet.signals.assessment-days:20,10,5,2,1}") List<Integer> days) {
        if (days.size() != 5 || days.stream().anyMatch(d -> d == null || d < 1)) {
            throw new IllegalStateException("sleutelnet.signals.assessment-days needs five whole numbers of days, one "
                    + "for each intensity 1 to 5, each at least 1; it is " + days);
        }
        return new AssessmentDeadlines(days.stream().map(Duration::ofDays).toList());
    }

    /**
     * Temperature polls: reminders this many days before a round closes (0: none), the period of a round without a
     * close time, and the address people reach Sleutelnet at (personal poll links and the links in alerts start with
     * it; empty: http://localhost:&lt;server.port&gt;).
     */
    @Bean
    PollSettings pollSettings(@Value("${sleutelnet.polls.remind-days-before-close:2}") int remindDays,
            @Value("${sleutelnet.polls.default-period-days:14}") int periodDays,
            @Value("${sleutelnet.time-zone:Europe/Amsterdam}") String zone, Environment environment) {
        if (remindDays < 0 || periodDays < 1 || periodDays > 92) {
            throw new IllegalStateException("sleutelnet.polls.remind-days-before-close is 0 or more (it is "
                    + remindDays + ") and sleutelnet.polls.default-period-days 1 to 92 (it is " + periodDays + ")");
        }
        try {
            return new PollSettings(Duration.ofDays(remindDays), Duration.ofDays(periodDays),
                    TemperatureProperties.publicUrl(environment).toString(), java.time.ZoneId.of(zone));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sleutelnet.public-url: " + e.getMessage(), e);
        }
    }

    /** The temperature model's settings, {@code sleutelnet.temperature.*}; see docs/temperatuur.md. */
    @Bean
    TemperatureSettings temperatureSettings(Environment environment) {
        return TemperatureProperties.read(environment);
    }

    /**
     * Sign-in throttling: within the window, at most so many failed attempts per username and per client address;
     * then attempts are refused, with the time to try again, until the oldest failure has left the window.
     */
    @Bean
    SignInSettings signInSettings(
            @Value("${sleutelnet.security.sign-in.max-failures-per-username:5}") int perUsername,
            @Value("${sleutelnet.security.sign-in.max-failures-per-address:50}") int perAddress,
            @Value("${sleutelnet.security.sign-in.window:15m}") Duration window) {
        try {
            return new SignInSettings(perUsername, perAddress, window);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sleutelnet.security.sign-in.*: " + e.getMessage(), e);
        }
    }

    /**
     * Retention terms ({@code sleutelnet.retention.*}, ISO-8601 periods such as P1Y, P18M) and the controller the
     * processing register names; see docs/privacy.md.
     */
    @Bean
    PrivacySettings privacySettings(
            @Value("${sleutelnet.retention.departed-key-persons:P1Y}") String departed,
            @Value("${sleutelnet.retention.closed-signals:P2Y}") String signals,
            @Value("${sleutelnet.retention.closed-interventions:P5Y}") String interventions,
            @Value("${sleutelnet.retention.audit-entries:P5Y}") String audit,
            @Value("${sleutelnet.privacy.controller:het college van burgemeester en wethouders}") String controller) {
        try {
            return new PrivacySettings(new RetentionTerms(Period.parse(departed), Period.parse(signals),
                    Period.parse(interventions), Period.parse(audit)), controller);
        } catch (RuntimeException e) {
            throw new IllegalStateException("sleutelnet.retention.*: each term is an ISO-8601 period such as P1Y or "
                    + "P18M, longer than nothing, the audit term at least a year; " + e.getMessage(), e);
        }
    }

    /**
     * Key persons' self-service: how long a "Mijn Sleutelnet" link works, and how often one e-mail address and one
     * client may ask for a link within the window.
     */
    @Bean
    SelfServiceSettings selfServiceSettings(
            @Value("${sleutelnet.self-service.link-validity:7d}") Duration validity,
            @Value("${sleutelnet.self-service.max-links-per-address:3}") int perAddress,
            @Value("${sleutelnet.self-service.max-requests-per-client:20}") int perClient,
            @Value("${sleutelnet.self-service.request-window:1h}") Duration window) {
        try {
            return new SelfServiceSettings(validity, perAddress, perClient, window);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sleutelnet.self-service.*: " + e.getMessage(), e);
        }
    }

    @Bean
    CoreSettings coreSettings(NetworkSettings network, AssessmentDeadlines deadlines, PollSettings polls,
            TemperatureSettings temperature, SignInSettings signIn, PrivacySettings privacy,
            SelfServiceSettings selfService, @Value("${sleutelnet.evaluation.minimum-group:5}") int minimumGroup) {
        if (minimumGroup < 1 || minimumGroup > 100) {
            throw new IllegalStateException("sleutelnet.evaluation.minimum-group is the smallest group of persons a "
                    + "report figure may show, 1 to 100 (1: none suppressed); it is " + minimumGroup);
        }
        return new CoreSettings(network, deadlines, polls, temperature, signIn, CommonPasswords.blocklist(),
                privacy, selfService, new EvaluationSettings(new SmallCells(minimumGroup)));
    }

    /** The core, its use cases in the transactions of the persistence adapter when it has them (JDBC). */
    @Bean
    Core core(Persistence persistence, PasswordHasher hasher, SecretSource secrets, IdGenerator ids, Clock clock,
            Notifier notifier, CoreSettings settings, ObjectProvider<PlatformTransactionManager> transactions) {
        PlatformTransactionManager manager = transactions.getIfAvailable();
        return new Core(persistence, hasher, secrets, ids, clock, notifier, settings,
                manager == null ? Transactions.NONE : new SpringTransactions(manager));
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor useCaseBeans() {
        return registry -> {
            BeanFactory beans = (BeanFactory) registry;
            for (Class<?> type : Core.useCaseInterfaces()) {
                registry.registerBeanDefinition(Introspector.decapitalize(type.getSimpleName()),
                        definition(type, beans));
            }
        };
    }

    /** Each use case as the core gives it: in a transaction, audited. */
    private static <T> RootBeanDefinition definition(Class<T> type, BeanFactory beans) {
        return new RootBeanDefinition(type, () -> beans.getBean(Core.class).useCase(type));
    }
}
