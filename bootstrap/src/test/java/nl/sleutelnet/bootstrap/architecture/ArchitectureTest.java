package nl.sleutelnet.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The production code keeps every ring boundary. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = ArchitectureRules.production();
    }

    @Test
    void everyModuleIsImported() {
        for (String module : new String[] {"nl.sleutelnet.domain", "nl.sleutelnet.application",
            "nl.sleutelnet.adapters.persistence", "nl.sleutelnet.adapters.web", "nl.sleutelnet.bootstrap"}) {
            assertThat(production.containPackage(module)).as(module).isTrue();
        }
        assertThat(production.stream().map(c -> c.getPackageName()))
                .noneMatch(name -> name.endsWith(".planted"));
    }

    static Stream<ArchRule> rules() {
        return Stream.of(ArchitectureRules.ALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeKeepsTheRule(ArchRule rule) {
        rule.check(production);
    }
}
