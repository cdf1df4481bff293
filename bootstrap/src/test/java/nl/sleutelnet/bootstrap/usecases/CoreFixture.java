package nl.sleutelnet.bootstrap.usecases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.memory.MemoryPersistence;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.out.PasswordHasher;
import nl.sleutelnet.bootstrap.Core;
import nl.sleutelnet.bootstrap.CoreSettings;
import nl.sleutelnet.bootstrap.support.BCryptPasswordHasher;
import nl.sleutelnet.bootstrap.support.SecureRandomSecrets;
import nl.sleutelnet.bootstrap.testing.MovableClock;
import nl.sleutelnet.domain.access.Actor;

/**
 * The real core on the memory adapter (or another one) with a clock that stands still until a test moves it, for use-case tests: real
 * domain objects, a real adapter, no mocks of either.
 */
final class CoreFixture {

    static final Instant NOW = Instant.parse("2026-03-02T08:30:00Z");
    private static final PasswordHasher FAST_HASHER = new BCryptPasswordHasher(4);

    final Persistence persistence;
    final RecordingNotifier notifier = new RecordingNotifier();
    final MovableClock clock = new MovableClock(NOW);
    final Core core;

    CoreFixture() {
        this(UnaryOperator.identity());
    }

    /** @param wrap puts something between the core and the memory adapter, such as a spy on one repository */
    CoreFixture(UnaryOperator<Persistence> wrap) {
        this(MemoryPersistence.maastricht(), wrap);
    }

    /** The core on another adapter, such as JDBC on a fresh database (without transactions: each save commits). */
    CoreFixture(Persistence persistence) {
        this(persistence, UnaryOperator.identity());
    }

    /** The core on the memory adapter with other settings. */
    CoreFixture(CoreSettings settings) {
        this(MemoryPersistence.maastricht(), UnaryOperator.identity(), settings);
    }

    private CoreFixture(Persistence persistence, UnaryOperator<Persistence> wrap) {
        this(persistence, wrap, CoreSettings.defaults());
    }

    private CoreFixture(Persistence persistence, UnaryOperator<Persistence> wrap, CoreSettings settings) {
        this.persistence = persistence;
        AtomicLong next = new AtomicLong();
        core = new Core(wrap.apply(persistence), FAST_HASHER, new SecureRandomSecrets(),
                () -> new UUID(0x5eed, next.incrementAndGet()), clock, notifier, settings);
    }

    <T> T useCase(Class<T> type) {
        return core.useCase(type);
    }

    /** An account with one role (and buurten for a professional), signed in. */
    Actor actor(String username, String role, String... buurten) {
        return useCase(CreateAccountUseCase.class).createAccount(Actor.system(), new CreateAccountCommand(username,
                username, List.of(role), List.of(buurten), "een test wachtwoord")).asActor();
    }
}
