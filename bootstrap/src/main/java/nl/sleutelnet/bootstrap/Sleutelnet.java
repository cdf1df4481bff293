package nl.sleutelnet.bootstrap;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.memory.MemoryPersistence;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.application.port.out.PasswordHasher;
import nl.sleutelnet.application.port.out.SecretSource;
import nl.sleutelnet.bootstrap.audit.Transactions;
import nl.sleutelnet.bootstrap.mail.LoggingNotifier;
import nl.sleutelnet.bootstrap.support.BCryptPasswordHasher;
import nl.sleutelnet.bootstrap.support.SecureRandomSecrets;

/**
 * The entry point for embedders: the Sleutelnet core in plain Java, without Spring, with the adapters you choose.
 *
 * <pre>{@code
 * Sleutelnet sleutelnet = Sleutelnet.inMemory(Clock.systemUTC());
 * ReportSignalUseCase report = sleutelnet.useCase(ReportSignalUseCase.class);
 * }</pre>
 *
 * Every use case is an interface in {@code nl.sleutelnet.application.port.in}; {@link #useCaseInterfaces()} lists
 * them. Each call is checked against the acting user's permissions, and (unless {@link Builder#audit(boolean)} turns
 * it off) runs in one transaction of the persistence adapter and is recorded in its audit log. See
 * {@code docs/embedding.md} for the ports you can replace and their contracts.
 */
public final class Sleutelnet {

    private final Core core;

    private Sleutelnet(Core core) {
        this.core = core;
    }

    /** An in-memory core for Maastricht on the given clock; every other port at its default (see {@link Builder}). */
    public static Sleutelnet inMemory(Clock clock) {
        return builder().clock(clock).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The use case of this interface, for example {@code useCase(ReportSignalUseCase.class)}. */
    public <T> T useCase(Class<T> type) {
        return core.useCase(type);
    }

    /** Every use-case interface the core offers. */
    public static List<Class<?>> useCaseInterfaces() {
        return Core.useCaseInterfaces();
    }

    /**
     * The ports of the core, each with a default. Only {@link #build()} creates anything; a builder may be used for
     * one core.
     */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private Persistence persistence;
        private Notifier notifier;
        private IdGenerator ids = UUID::randomUUID;
        private SecretSource secrets;
        private PasswordHasher passwords;
        private CoreSettings settings;
        private Transactions transactions = Transactions.NONE;
        private boolean audit = true;

        private Builder() {
        }

        /** Where the core reads the time, and nowhere else. Default: the system clock in UTC. */
        public Builder clock(Clock value) {
            this.clock = checkNotNull(value, "clock");
            return this;
        }

        /**
         * The storage: {@code MemoryPersistence.maastricht()} (the default: a fresh installation, gone with the
         * process) or {@code new JdbcPersistence(jdbcClient)} on a database migrated with
         * {@code JdbcPersistence.SQL_MIGRATIONS} and {@code JdbcPersistence.javaMigrations()}.
         */
        public Builder persistence(Persistence value) {
            this.persistence = checkNotNull(value, "persistence");
            return this;
        }

        /**
         * Sends poll invitations, reminders and alerts. Default: a notifier that writes each message to the log
         * (SLF4J) and sends nothing, loudly; replace it with the city's mail or message bus.
         */
        public Builder notifier(Notifier value) {
            this.notifier = checkNotNull(value, "notifier");
            return this;
        }

        /** New identifiers for everything the core stores. Default: random UUIDs. Must never repeat. */
        public Builder ids(IdGenerator value) {
            this.ids = checkNotNull(value, "ids");
            return this;
        }

        /**
         * Random bytes for API tokens, personal poll links and tracking codes. Default: {@link java.security.SecureRandom}.
         * Anything else must be as unpredictable, except in a simulation.
         */
        public Builder secrets(SecretSource value) {
            this.secrets = checkNotNull(value, "secrets");
            return this;
        }

        /** Hashes staff passwords. Default: BCrypt with cost 12 (through spring-security-crypto). */
        public Builder passwordHasher(PasswordHasher value) {
            this.passwords = checkNotNull(value, "passwordHasher");
            return this;
        }

        /** The municipality's choices. Default: {@link CoreSettings#defaults()}. */
        public Builder settings(CoreSettings value) {
            this.settings = checkNotNull(value, "settings");
            return this;
        }

        /** The persistence adapter's transactions: every use-case call runs in one. Default: none (memory). */
        public Builder transactions(Transactions value) {
            this.transactions = checkNotNull(value, "transactions");
            return this;
        }

        /**
         * Whether each use-case call is recorded in the audit log and run in a transaction (default: true). Turn it
         * off only for a core that holds no real person's data, such as a simulation's synthetic city: without it,
         * nobody can tell afterwards who read or changed what.
         */
        public Builder audit(boolean value) {
            this.audit = value;
            return this;
        }

        public Sleutelnet build() {
            return new Sleutelnet(new Core(persistence == null ? MemoryPersistence.maastricht() : persistence,
                    passwords == null ? new BCryptPasswordHasher(12) : passwords,
                    secrets == null ? new SecureRandomSecrets() : secrets, ids, clock,
                    notifier == null ? new LoggingNotifier() : notifier,
                    settings == null ? CoreSettings.defaults() : settings, transactions, audit));
        }
    }
}
