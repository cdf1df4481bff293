package nl.sleutelnet.bootstrap.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outputs as text: CSV (comma-separated, a header row, dots as decimal separator, UTF-8) and JSON. Each method
 * gives the text, so a test can compare two runs; {@link #write} puts a run's files in a directory.
 */
public final class SimulationOutputs {

    private SimulationOutputs() {
    }

    /** daily.csv, temperature.csv, episodes.csv, interventions.csv, summary.csv and summary.json. */
    public static List<Path> write(SimulationResult result, Path directory) {
        List<Path> written = new ArrayList<>();
        written.add(file(directory, "daily.csv", daily(result)));
        written.add(file(directory, "temperature.csv", temperature(result)));
        written.add(file(directory, "episodes.csv", episodes(result)));
        written.add(file(directory, "interventions.csv", interventions(result)));
        written.add(file(directory, "summary.csv", metricsCsv(result.summary().metrics())));
        written.add(file(directory, "summary.json", summaryJson(result)));
        return written;
    }

    /** runs.csv (one row per seed), statistics.csv and statistics.json. */
    public static List<Path> write(MonteCarlo.Series series, Path directory) {
        return List.of(file(directory, "runs.csv", runs(series)),
                file(directory, "statistics.csv", statistics(series)),
                file(directory, "statistics.json", statisticsJson(series)));
    }

    /** comparison.csv and comparison.json, and each side's runs in baseline/ and alternative/. */
    public static List<Path> write(MonteCarlo.Comparison comparison, Path directory) {
        List<Path> written = new ArrayList<>();
        written.add(file(directory, "comparison.csv", comparison(comparison)));
        written.add(file(directory, "comparison.json", comparisonJson(comparison)));
        written.addAll(write(comparison.baseline(), directory.resolve("baseline")));
        written.addAll(write(comparison.alternative(), directory.resolve("alternative")));
        return written;
    }

    public static String daily(SimulationResult result) {
        StringBuilder csv = new StringBuilder("date,activeKeyPersons,incidents,signals,sightings,openSignals,backlog,"
                + "activeInterventions,cellsTense,cellsHeated,cellsEscalating,maxScore\n");
        for (SimulationResult.Day d : result.days()) {
            csv.append(d.date()).append(',').append(d.activeKeyPersons()).append(',').append(d.incidents())
                    .append(',').append(d.signals()).append(',').append(d.sightings()).append(',')
                    .append(d.openSignals()).append(',').append(d.backlog()).append(',')
                    .append(d.activeInterventions()).append(',').append(d.tense()).append(',').append(d.heated())
                    .append(',').append(d.escalating()).append(',').append(number(d.maxScore())).append('\n');
        }
        return csv.toString();
    }

    /** One row per day, one column per buurt × theme: the core's temperature score at the end of the working day. */
    public static String temperature(SimulationResult result) {
        StringBuilder csv = new StringBuilder("date");
        result.cells().forEach(c -> csv.append(',').append(c));
        csv.append('\n');
        for (int d = 0; d < result.days().size(); d++) {
            csv.append(result.days().get(d).date());
            for (float score : result.scores()[d]) {
                csv.append(',');
                if (score != 0) {
                    csv.append(String.format(Locale.ROOT, "%.2f", score));
                } else {
                    csv.append('0');
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    public static String episodes(SimulationResult result) {
        StringBuilder csv = new StringBuilder("buurt,wijk,theme,start,end,detected,daysUnseen,peakTension\n");
        for (SimulationResult.Episode e : result.episodes()) {
            csv.append(e.buurt()).append(',').append(e.wijk()).append(',').append(e.theme()).append(',')
                    .append(e.start()).append(',').append(e.end() == null ? "" : e.end()).append(',')
                    .append(e.detected() == null ? "" : e.detected()).append(',')
                    .append(e.daysUnseen(result.scenario().end())).append(',').append(number(e.peakTension()))
                    .append('\n');
        }
        return csv.toString();
    }

    public static String interventions(SimulationResult result) {
        StringBuilder csv = new StringBuilder("buurt,theme,planned,levelAtPlanning,withdrawn,closed,outcome,stepsDown,"
                + "stepsUp\n");
        for (SimulationResult.InterventionRecord i : result.interventions()) {
            csv.append(i.buurt()).append(',').append(i.theme()).append(',').append(i.planned()).append(',')
                    .append(i.firstSignalLevel()).append(',').append(i.withdrawn() == null ? "" : i.withdrawn())
                    .append(',').append(i.closed() == null ? "" : i.closed()).append(',')
                    .append(i.outcome() == null ? "" : i.outcome()).append(',').append(i.stepsDown()).append(',')
                    .append(i.stepsUp()).append('\n');
        }
        return csv.toString();
    }

    public static String metricsCsv(Map<String, Double> metrics) {
        StringBuilder csv = new StringBuilder("metric,value\n");
        metrics.forEach((m, v) -> csv.append(m).append(',').append(number(v)).append('\n'));
        return csv.toString();
    }

    public static String summaryJson(SimulationResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", result.scenario());
        json.put("peakCell", result.summary().peakCell());
        json.put("summary", present(result.summary().metrics()));
        return ScenarioFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    }

    public static String runs(MonteCarlo.Series series) {
        List<String> metrics = series.statistics().stream().map(MonteCarlo.Statistic::metric).toList();
        StringBuilder csv = new StringBuilder("seed");
        metrics.forEach(m -> csv.append(',').append(m));
        csv.append('\n');
        for (int i = 0; i < series.seeds().size(); i++) {
            csv.append(series.seeds().get(i));
            Map<String, Double> values = series.summaries().get(i).metrics();
            metrics.forEach(m -> csv.append(',').append(number(values.getOrDefault(m, Double.NaN))));
            csv.append('\n');
        }
        return csv.toString();
    }

    public static String statistics(MonteCarlo.Series series) {
        StringBuilder csv = new StringBuilder("metric,n,mean,sd,min,max\n");
        for (MonteCarlo.Statistic s : series.statistics()) {
            csv.append(s.metric()).append(',').append(s.n()).append(',').append(number(s.mean())).append(',')
                    .append(number(s.sd())).append(',').append(number(s.min())).append(',').append(number(s.max()))
                    .append('\n');
        }
        return csv.toString();
    }

    public static String statisticsJson(MonteCarlo.Series series) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", series.scenario());
        json.put("seeds", series.seeds());
        json.put("statistics", series.statistics().stream().map(SimulationOutputs::statistic).toList());
        return ScenarioFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    }

    public static String comparison(MonteCarlo.Comparison comparison) {
        StringBuilder csv = new StringBuilder("metric,baselineMean,baselineSd,alternativeMean,alternativeSd,"
                + "difference\n");
        for (MonteCarlo.Difference d : comparison.differences()) {
            csv.append(d.metric()).append(',').append(number(d.baseline().mean())).append(',')
                    .append(number(d.baseline().sd())).append(',').append(number(d.alternative().mean())).append(',')
                    .append(number(d.alternative().sd())).append(',').append(number(d.meanDifference()))
                    .append('\n');
        }
        return csv.toString();
    }

    public static String comparisonJson(MonteCarlo.Comparison comparison) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("baseline", comparison.baseline().scenario());
        json.put("alternative", comparison.alternative().scenario());
        json.put("seeds", comparison.baseline().seeds());
        json.put("differences", comparison.differences().stream().map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("metric", d.metric());
            row.put("baseline", statistic(d.baseline()));
            row.put("alternative", statistic(d.alternative()));
            row.put("difference", nullIfNaN(d.meanDifference()));
            return row;
        }).toList());
        return ScenarioFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    }

    private static Map<String, Object> statistic(MonteCarlo.Statistic s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("metric", s.metric());
        row.put("n", s.n());
        row.put("mean", nullIfNaN(s.mean()));
        row.put("sd", nullIfNaN(s.sd()));
        row.put("min", nullIfNaN(s.min()));
        row.put("max", nullIfNaN(s.max()));
        return row;
    }

    private static Map<String, Double> present(Map<String, Double> metrics) {
        Map<String, Double> out = new LinkedHashMap<>();
        metrics.forEach((k, v) -> out.put(k, nullIfNaN(v)));
        return out;
    }

    private static Double nullIfNaN(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** A number as CSV writes it: whole numbers without decimals, NaN as an empty cell. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static Path file(Path directory, String name, String text) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + name + " in " + directory, e);
        }
    }
}
