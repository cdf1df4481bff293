package nl.sleutelnet.bootstrap.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.memory.MemoryPersistence;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.bootstrap.Core;
import nl.sleutelnet.bootstrap.CoreSettings;
import nl.sleutelnet.bootstrap.SleutelnetAutoConfiguration;
import nl.sleutelnet.bootstrap.support.BCryptPasswordHasher;
import nl.sleutelnet.bootstrap.support.SecureRandomSecrets;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.signal.Signal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration in a small Boot context, as an embedding application would have it. */
class SleutelnetAutoConfigurationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    /** A Boot application's context: SpringApplication gives it Boot's conversions ("20,10,5,2,1" to a list). */
    private final ApplicationContextRunner boot = new ApplicationContextRunner()
            .withInitializer(context -> context.getBeanFactory()
                    .setConversionService(ApplicationConversionService.getSharedInstance()))
            .withConfiguration(AutoConfigurations.of(SleutelnetAutoConfiguration.class))
            .withPropertyValues("sleutelnet.persistence=memory", "sleutelnet.security.bcrypt-strength=4");

    @Test
    void everyUseCaseIsABeanOnTheMemoryAdapter() {
        boot.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Core.class).hasSingleBean(Persistence.class)
                    .hasSingleBean(ReportSignalUseCase.class).hasSingleBean(Notifier.class);
            assertThat(context.getBean(Persistence.class)).isInstanceOf(MemoryPersistence.class);
            for (Class<?> useCase : Core.useCaseInterfaces()) {
                assertThat(context.getBeanNamesForType(useCase)).as(useCase.getSimpleName()).hasSize(1);
            }
        });
    }

    @Test
    void theApplicationsOwnClockIdsAndNotifierTakeThePlaceOfTheDefaults() {
        List<Notifier.Message> sent = new ArrayList<>();
        UUID fixedPart = new UUID(7, 0);
        boot.withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC))
                .withBean(Notifier.class, () -> sent::add)
                .withBean(IdGenerator.class, () -> new IdGenerator() {
                    private long next;

                    @Override
                    public synchronized UUID newId() {
                        return new UUID(fixedPart.getMostSignificantBits(), ++next);
                    }
                })
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Clock.class).hasSingleBean(Notifier.class)
                            .hasSingleBean(IdGenerator.class);
                    Actor coordinator = context.getBean(CreateAccountUseCase.class).createAccount(Actor.system(),
                            new CreateAccountCommand("regisseur", "De regisseur", List.of("COORDINATOR"), List.of(),
                                    "een lang en eigen wachtwoord", null)).asActor();
                    Signal signal = context.getBean(ReportSignalUseCase.class).reportSignal(coordinator,
                            new ReportSignalCommand(null, null, null, "OWN_OBSERVATION", List.of("BU09350207"),
                                    List.of("wij-zij"), 3, "Spanning bij het winkelcentrum.", null, null));
                    assertThat(signal.receivedAt()).isEqualTo(NOW);
                    assertThat(signal.id().value().getMostSignificantBits()).isEqualTo(7);
                });
    }

    @Test
    void nothingHappensWhenTheContextAlreadyHasACore() {
        boot.withBean(Core.class, () -> new Core(MemoryPersistence.maastricht(), new BCryptPasswordHasher(4),
                new SecureRandomSecrets(), UUID::randomUUID, Clock.systemUTC(), message -> { },
                CoreSettings.defaults())).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Core.class).doesNotHaveBean(Persistence.class)
                            .doesNotHaveBean(ReportSignalUseCase.class);
                });
    }
}
