package nl.sleutelnet.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.springframework.context.annotation.Configuration;

/**
 * The ring boundaries of {@code architecture.md} that Maven's module graph cannot see. Each rule is checked on the
 * production code ({@link ArchitectureTest}) and shown to fail on a planted violation ({@link PlantedViolationsTest}).
 */
final class ArchitectureRules {

    static final String DOMAIN = "nl.sleutelnet.domain..";
    static final String APPLICATION = "nl.sleutelnet.application..";
    static final String PORT_IN = "nl.sleutelnet.application.port.in..";
    static final String PORT_OUT = "nl.sleutelnet.application.port.out..";
    static final String SERVICES = "nl.sleutelnet.application.service..";
    static final String ADAPTERS = "nl.sleutelnet.adapters..";
    static final String PERSISTENCE = "nl.sleutelnet.adapters.persistence..";
    static final String WEB = "nl.sleutelnet.adapters.web..";
    static final String MEMORY = "nl.sleutelnet.adapters.persistence.memory..";

    static final ArchRule DOMAIN_IS_PURE = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.google.common..", "org.jgrapht..",
                    DOMAIN)
            .as("the domain depends only on Java, Guava, JGraphT and itself");

    static final ArchRule APPLICATION_HAS_NO_FRAMEWORK = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "jakarta.servlet..", "jakarta.persistence..", "org.flywaydb..")
            .as("the application ring has no Spring, JDBC or servlet types");

    static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .as("adapters use application ports, never the services behind them");

    static final ArchRule INBOUND_PORTS_DO_NOT_KNOW_OUTBOUND = noClasses().that().resideInAPackage(PORT_IN)
            .should().dependOnClassesThat().resideInAPackage(PORT_OUT)
            .as("inbound ports do not know outbound ports");

    static final ArchRule OUTBOUND_PORTS_DO_NOT_KNOW_INBOUND = noClasses().that().resideInAPackage(PORT_OUT)
            .should().dependOnClassesThat().resideInAPackage(PORT_IN)
            .as("outbound ports do not know inbound ports");

    static final ArchRule WEB_DOES_NOT_KNOW_PERSISTENCE = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .as("the web adapter does not know the persistence adapter");

    static final ArchRule PERSISTENCE_DOES_NOT_KNOW_WEB = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(WEB)
            .as("the persistence adapter does not know the web adapter");

    static final ArchRule MEMORY_ADAPTER_HAS_NO_SPRING = noClasses().that().resideInAPackage(MEMORY)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .as("the memory adapter is plain Java, without Spring");

    static final ArchRule CORE_TAKES_TIME_FROM_A_CLOCK = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .as("the core reads the time only from the Clock it is given");

    /**
     * Not a ring boundary but a start-up cost: a {@code @Configuration} class that proxies its bean methods (the
     * default) makes Spring generate and load a CGLIB subclass of it at every start. None of ours calls one bean
     * method from another, so none needs the proxy.
     */
    static final ArchRule CONFIGURATIONS_ARE_NOT_PROXIED = classes().that().areAnnotatedWith(Configuration.class)
            .should().beAnnotatedWith(DescribedPredicate.describe("@Configuration(proxyBeanMethods = false)",
                    (JavaAnnotation<?> annotation) -> annotation.getRawType().isEquivalentTo(Configuration.class)
                            && Boolean.FALSE.equals(annotation.get("proxyBeanMethods").orElse(true))))
            .as("configuration classes do not proxy their bean methods (no CGLIB subclass at start-up)");

    static final ArchRule[] ALL = {DOMAIN_IS_PURE, APPLICATION_HAS_NO_FRAMEWORK, ADAPTERS_USE_PORTS_NOT_SERVICES,
        INBOUND_PORTS_DO_NOT_KNOW_OUTBOUND, OUTBOUND_PORTS_DO_NOT_KNOW_INBOUND, WEB_DOES_NOT_KNOW_PERSISTENCE,
        PERSISTENCE_DOES_NOT_KNOW_WEB, MEMORY_ADAPTER_HAS_NO_SPRING, CORE_TAKES_TIME_FROM_A_CLOCK,
        CONFIGURATIONS_ARE_NOT_PROXIED};

    private ArchitectureRules() {
    }

    /** The production classes of every module: no test classes, no test-jars, no planted violations. */
    static JavaClasses production() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("nl.sleutelnet");
    }

    /** Only the planted violations in one package of this module's test sources. */
    static JavaClasses planted(String packageName) {
        return new ClassFileImporter().importPackages(packageName);
    }
}
