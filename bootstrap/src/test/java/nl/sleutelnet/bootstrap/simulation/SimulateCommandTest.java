package nl.sleutelnet.bootstrap.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code simulate} command: a scenario file in, CSV and JSON out, progress on standard error. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    @Test
    void oneSeedWritesTheDailySeriesTheTemperaturesTheEpisodesAndTheSummary() throws Exception {
        Path scenario = dir.resolve("kort.yaml");
        Files.writeString(scenario, """
                start: 2022-01-01
                end: 2022-02-28
                network: {buildUpDays: 0}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = SimulateCommand.run(new String[] {scenario.toString(), "--out", dir.resolve("uit").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("simulate: kort, seed 1, 2022-01-01 to 2022-02-28")
                .contains("day 59 of 59 (100%)");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(6);
        Path uit = dir.resolve("uit");
        assertThat(Files.readAllLines(uit.resolve("daily.csv"))).hasSize(60).first().asString()
                .startsWith("date,activeKeyPersons,incidents,signals");
        assertThat(Files.readAllLines(uit.resolve("temperature.csv")).get(0)).startsWith("date,BU09350000:religie,");
        assertThat(Files.readString(uit.resolve("summary.json"))).contains("\"scenario\"").contains("\"summary\"")
                .contains("\"meanDaysUnseen\"");
        assertThat(Files.readString(uit.resolve("summary.csv"))).startsWith("metric,value\nincidents,");
    }

    @Test
    void aComparisonOverSeedsWritesTheDifferencesAndEachSidesStatistics() throws Exception {
        Path scenario = dir.resolve("wat-als.json");
        Files.writeString(scenario, """
                {"end": "2022-01-31", "network": {"buildUpDays": 0}, "policy": {"pollEveryDays": 0},
                 "whatIf": {"addKeyPersons": [{"wijk": "WK093505", "count": 3}]}}
                """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = SimulateCommand.run(new String[] {scenario.toString(), "--baseline", "--seeds", "2", "--out",
            dir.resolve("vergelijking").toString(), "--threads", "1"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("run 4 of 4");
        Path out = dir.resolve("vergelijking");
        assertThat(Files.readString(out.resolve("comparison.csv")))
                .startsWith("metric,baselineMean,baselineSd,alternativeMean,alternativeSd,difference\n");
        assertThat(Files.readAllLines(out.resolve("comparison.csv")))
                .filteredOn(line -> line.startsWith("wijk.WK093505.meanActiveKeyPersons,")).singleElement()
                .asString().as("three key persons more in the wijk, all along").endsWith(",3");
        assertThat(Files.readAllLines(out.resolve("baseline/runs.csv"))).hasSize(3);
        assertThat(Files.exists(out.resolve("alternative/statistics.json"))).isTrue();
    }

    @Test
    void wrongArgumentsAreExplained() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(SimulateCommand.run(new String[] {"--seeds", "nul"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--seeds is a whole number").contains("Usage:");
    }
}
