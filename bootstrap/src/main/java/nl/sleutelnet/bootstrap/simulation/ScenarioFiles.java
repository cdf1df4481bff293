package nl.sleutelnet.bootstrap.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenarios as files: YAML ({@code .yaml}, {@code .yml}) or JSON, with the fields of {@link Scenario}; anything left
 * out takes its default, an unknown field is an error (a typo must not silently run the default).
 */
public final class ScenarioFiles {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ScenarioFiles() {
    }

    public static Scenario read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            Scenario scenario = name.endsWith(".yaml") || name.endsWith(".yml") ? fromYaml(text) : fromJson(text);
            return scenario.name().equals("scenario") ? scenario.withName(stripExtension(file)) : scenario;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenario " + file, e);
        }
    }

    public static Scenario fromJson(String json) {
        try {
            Scenario scenario = JSON.readValue(json, Scenario.class);
            return scenario == null ? Scenario.defaults() : scenario;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The scenario is not valid: " + e.getOriginalMessage(), e);
        }
    }

    public static Scenario fromYaml(String yaml) {
        Object tree = new Yaml(new DatesAsText()).load(yaml);
        try {
            return tree == null ? Scenario.defaults() : JSON.convertValue(tree, Scenario.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The scenario is not valid: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            Throwable cause = e.getCause() instanceof JacksonException j ? j : e;
            throw new IllegalArgumentException("The scenario is not valid: " + cause.getMessage(), e);
        }
    }

    public static String toJson(Scenario scenario) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scenario);
    }

    private static String stripExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Safe YAML (no objects built from tags) that leaves dates as text for Jackson to read as LocalDate. */
    private static final class DatesAsText extends SafeConstructor {

        DatesAsText() {
            super(new LoaderOptions());
            this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }
}
