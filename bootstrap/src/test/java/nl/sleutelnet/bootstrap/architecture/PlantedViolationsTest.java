package nl.sleutelnet.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each boundary rule catches a class that breaks it: the small classes in the {@code planted} packages of this
 * module's test sources each break exactly one rule on purpose. A rule that passed here would check nothing.
 */
class PlantedViolationsTest {

    static Stream<Arguments> plantings() {
        return Stream.of(
                Arguments.of(ArchitectureRules.DOMAIN_IS_PURE, "nl.sleutelnet.domain.planted", "DomainUsingSpring"),
                Arguments.of(ArchitectureRules.APPLICATION_HAS_NO_FRAMEWORK, "nl.sleutelnet.application.planted",
                        "ApplicationUsingJdbc"),
                Arguments.of(ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES, "nl.sleutelnet.adapters.web.planted",
                        "WebUsingService"),
                Arguments.of(ArchitectureRules.INBOUND_PORTS_DO_NOT_KNOW_OUTBOUND,
                        "nl.sleutelnet.application.port.in.planted", "InboundPortUsingOutboundPort"),
                Arguments.of(ArchitectureRules.OUTBOUND_PORTS_DO_NOT_KNOW_INBOUND,
                        "nl.sleutelnet.application.port.out.planted", "OutboundPortUsingInboundPort"),
                Arguments.of(ArchitectureRules.WEB_DOES_NOT_KNOW_PERSISTENCE, "nl.sleutelnet.adapters.web.planted",
                        "WebUsingPersistence"),
                Arguments.of(ArchitectureRules.PERSISTENCE_DOES_NOT_KNOW_WEB,
                        "nl.sleutelnet.adapters.persistence.memory.planted", "PersistenceUsingWeb"),
                Arguments.of(ArchitectureRules.MEMORY_ADAPTER_HAS_NO_SPRING,
                        "nl.sleutelnet.adapters.persistence.memory.planted", "MemoryUsingSpring"),
                Arguments.of(ArchitectureRules.CORE_TAKES_TIME_FROM_A_CLOCK, "nl.sleutelnet.domain.planted",
                        "DomainReadingTheSystemClock"),
                Arguments.of(ArchitectureRules.CONFIGURATIONS_ARE_NOT_PROXIED,
                        "nl.sleutelnet.adapters.persistence.jdbc.planted",
                        "ProxiedConfiguration"));
    }

    @ParameterizedTest(name = "{0} catches {2}")
    @MethodSource("plantings")
    void theRuleReportsThePlantedViolation(ArchRule rule, String plantedPackage, String offender) {
        EvaluationResult result = rule.evaluate(ArchitectureRules.planted(plantedPackage));
        assertThat(result.hasViolation()).as("%s should be reported", offender).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(offender));
    }
}
