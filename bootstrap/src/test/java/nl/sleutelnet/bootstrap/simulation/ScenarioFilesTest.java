package nl.sleutelnet.bootstrap.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Scenario files: YAML and JSON into the same record, defaults for what is left out, errors for typos. */
class ScenarioFilesTest {

    @Test
    void aYamlScenarioSetsWhatItNamesAndLeavesTheRestAtTheDefaults() {
        Scenario scenario = ScenarioFiles.fromYaml("""
                name: drie minder in Noordoost
                start: 2023-01-01
                end: 2023-12-31
                seed: 7
                network:
                  keyPersons: 40
                policy:
                  assessmentDays: 7
                  exitLevel: tense
                shocks:
                  - date: 2023-05-01
                    name: Omstreden besluit
                    themes: [overheidsmaatregelen]
                    strength: 2
                whatIf:
                  removeKeyPersons:
                    - wijk: WK093502
                      count: 3
                """);

        assertThat(scenario.name()).isEqualTo("drie minder in Noordoost");
        assertThat(scenario.start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(scenario.days()).isEqualTo(365);
        assertThat(scenario.seed()).isEqualTo(7L);
        assertThat(scenario.network().keyPersons()).isEqualTo(40);
        assertThat(scenario.network().buildUpDays()).as("default").isEqualTo(365);
        assertThat(scenario.policy().assessmentDays()).isEqualTo(7);
        assertThat(scenario.policy().exitLevel()).isEqualTo("TENSE");
        assertThat(scenario.policy().exitDays()).as("default").isEqualTo(28);
        assertThat(scenario.shocks()).singleElement().satisfies(s -> {
            assertThat(s.date()).isEqualTo(LocalDate.of(2023, 5, 1));
            assertThat(s.days()).as("default").isEqualTo(30.0);
        });
        assertThat(scenario.whatIf().removeKeyPersons()).containsExactly(new Scenario.Change("WK093502", 3, null));
        assertThat(scenario.tension()).isEqualTo(Scenario.Tension.defaults());
    }

    @Test
    void jsonGivesTheSameScenarioAndAnEmptyFileAllDefaults() {
        Scenario fromJson = ScenarioFiles.fromJson("""
                {"seed": 7, "policy": {"assessmentDays": 7}, "whatIf": {"addKeyPersons": [{"wijk": "wk093505"}]}}
                """);
        assertThat(fromJson).isEqualTo(ScenarioFiles.fromYaml("""
                seed: 7
                policy: {assessmentDays: 7}
                whatIf:
                  addKeyPersons: [{wijk: wk093505}]
                """));
        assertThat(fromJson.whatIf().addKeyPersons()).containsExactly(new Scenario.Change("WK093505", 1, null));
        assertThat(ScenarioFiles.fromYaml("")).isEqualTo(Scenario.defaults());
        assertThat(ScenarioFiles.fromJson(ScenarioFiles.toJson(fromJson))).isEqualTo(fromJson);
    }

    /** The example scenarios in docs/scenarios are valid; the fully written-out one is exactly the defaults. */
    @Test
    void theExampleScenariosAreValid() {
        Path examples = Path.of("../docs/scenarios");
        Scenario written = ScenarioFiles.read(examples.resolve("maastricht-2022-2026.yaml"));
        assertThat(written).isEqualTo(Scenario.defaults().withName("maastricht-2022-2026"));
        assertThat(ScenarioFiles.read(examples.resolve("drie-minder-in-west.yaml")).whatIf().removeKeyPersons())
                .containsExactly(new Scenario.Change("WK093502", 3, null));
        assertThat(ScenarioFiles.read(examples.resolve("een-week-beoordelen.json")).policy().assessmentDays())
                .isEqualTo(7);
    }

    @Test
    void aTypoOrAnImpossibleValueIsAnErrorThatSaysWhat() {
        assertThatThrownBy(() -> ScenarioFiles.fromYaml("polcy:\n  assessmentDays: 7\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("polcy");
        assertThatThrownBy(() -> ScenarioFiles.fromYaml("policy:\n  exitLevel: ESCALATING\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policy.exitLevel");
        assertThatThrownBy(() -> ScenarioFiles.fromYaml("start: 2024-01-01\nend: 2023-01-01\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end");
    }
}
