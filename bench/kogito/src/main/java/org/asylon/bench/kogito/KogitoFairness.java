package org.asylon.bench.kogito;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.kie.kogito.explainability.model.Dataset;
import org.kie.kogito.explainability.model.FeatureFactory;
import org.kie.kogito.explainability.model.Output;
import org.kie.kogito.explainability.model.Prediction;
import org.kie.kogito.explainability.model.PredictionInput;
import org.kie.kogito.explainability.model.PredictionOutput;
import org.kie.kogito.explainability.model.PredictionProvider;
import org.kie.kogito.explainability.model.SimplePrediction;
import org.kie.kogito.explainability.model.Type;
import org.kie.kogito.explainability.model.Value;
import org.kie.kogito.explainability.utils.FairnessMetrics;

/**
 * The audit benchmark's peer: Kogito's group fairness metrics on the sample decision log, each
 * nationality against the largest one (Asylon's default reference), with the time of each metric
 * and the peak heap. Kogito works on objects, so every row becomes a prediction in memory; the
 * "model" is the log itself (it returns the recorded recommendation), as an audit of recorded
 * decisions requires. Given Asylon's JSON report of the same file, it also checks that both
 * agree: Kogito's values must equal the ones computed from Asylon's per-group counts.
 *
 * <p>Usage: {@code KogitoFairness DATA.csv|DATA.parquet [ASYLON-REPORT.json]}
 */
public final class KogitoFairness {

    static final String GROUP = "nationality";
    static final String DECISION = "recommendation";
    static final String LABEL = "outcome";
    static final String FAVOURABLE = "release";
    static final String LABEL_FAVOURABLE = "complied";
    static final String NOT_RECORDED = "(not recorded)";
    /** Kogito adds 1e-10 to the denominators of its error rates; agreement is judged well above that. */
    static final double TOLERANCE = 1e-6;

    enum Metric { STATISTICAL_PARITY_DIFFERENCE, DISPARATE_IMPACT_RATIO, AVERAGE_ODDS_DIFFERENCE,
        AVERAGE_PREDICTIVE_VALUE_DIFFERENCE;

        String id() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** One comparison: a group with the reference group, as Kogito takes it (privileged = reference). */
    record Comparison(List<PredictionInput> inputs, Dataset dataset) {
    }

    private KogitoFairness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: KogitoFairness DATA.csv|DATA.parquet [ASYLON-REPORT.json]");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<Prediction> rows = new ArrayList<>();
        long skipped = read(Path.of(args[0]), rows);
        Map<String, Integer> sizes = new TreeMap<>();
        rows.forEach(row -> sizes.merge(group(row.getInput()), 1, Integer::sum));
        String reference = sizes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
        Map<String, Comparison> comparisons = new LinkedHashMap<>();
        for (String group : sizes.keySet()) {
            if (!group.equals(reference)) {
                List<Prediction> pairs = rows.stream()
                        .filter(row -> group(row.getInput()).equals(group) || group(row.getInput()).equals(reference)).toList();
                comparisons.put(group, new Comparison(pairs.stream().map(Prediction::getInput).toList(), new Dataset(pairs)));
            }
        }
        System.out.printf("rows %d used %d skipped %d groups %d reference %s%n", rows.size() + skipped, rows.size(),
                skipped, sizes.size(), reference);
        System.out.printf("load %.2f s%n", seconds(start));

        Predicate<PredictionInput> privileged = input -> group(input).equals(reference);
        Predicate<PredictionOutput> positive = output -> {
            Object value = output.getOutputs().get(0).getValue().getUnderlyingObject();
            return FAVOURABLE.equals(value) || LABEL_FAVOURABLE.equals(value);
        };
        Output favourable = new Output(DECISION, Type.CATEGORICAL, new Value(FAVOURABLE), 1.0);
        PredictionProvider log = KogitoFairness::recorded;
        Map<String, Map<Metric, Double>> values = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            long metricStart = System.nanoTime();
            for (var comparison : comparisons.entrySet()) {
                Comparison c = comparison.getValue();
                double value = switch (metric) {
                    case STATISTICAL_PARITY_DIFFERENCE ->
                            FairnessMetrics.groupStatisticalParityDifference(privileged, c.inputs(), log, favourable);
                    case DISPARATE_IMPACT_RATIO ->
                            FairnessMetrics.groupDisparateImpactRatio(privileged, c.inputs(), log, favourable);
                    case AVERAGE_ODDS_DIFFERENCE ->
                            FairnessMetrics.groupAverageOddsDifference(privileged, positive, c.dataset(), log);
                    case AVERAGE_PREDICTIVE_VALUE_DIFFERENCE ->
                            FairnessMetrics.groupAveragePredictiveValueDifference(privileged, positive, c.dataset(), log);
                };
                values.computeIfAbsent(comparison.getKey(), g -> new LinkedHashMap<>()).put(metric, value);
            }
            System.out.printf("metric %s %.2f s%n", metric.id(), seconds(metricStart));
        }
        values.forEach((group, byMetric) -> byMetric.forEach((metric, value) ->
                System.out.printf("value %s %s %.6f%n", group, metric.id(), value)));
        System.out.printf("total %.2f s%n", seconds(start));
        System.out.printf("peak heap %d MB%n", peakHeapBytes() / (1024 * 1024));
        if (args.length > 1) {
            check(values, reference, new ObjectMapper().readTree(Path.of(args[1]).toFile()));
        }
    }

    /** Reads the log's group, decision and outcome as text; rows without a decision or outcome are counted, not kept. */
    private static long read(Path file, List<Prediction> rows) throws Exception {
        String path = file.toAbsolutePath().toString().replace("'", "''");
        String relation = path.endsWith(".parquet") ? "read_parquet('" + path + "')"
                : "read_csv('" + path + "', all_varchar = true)";
        long skipped = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT CAST(" + GROUP + " AS VARCHAR), CAST(" + DECISION
                     + " AS VARCHAR), CAST(" + LABEL + " AS VARCHAR) FROM " + relation)) {
            while (result.next()) {
                String group = result.getString(1);
                String decision = result.getString(2);
                String outcome = result.getString(3);
                if (decision == null || outcome == null) {
                    skipped++;
                    continue;
                }
                PredictionInput input = new PredictionInput(List.of(
                        FeatureFactory.newCategoricalFeature(GROUP, group == null ? NOT_RECORDED : group),
                        FeatureFactory.newCategoricalFeature(DECISION, decision)));
                PredictionOutput truth = new PredictionOutput(List.of(new Output(LABEL, Type.CATEGORICAL, new Value(outcome), 1.0)));
                rows.add(new SimplePrediction(input, truth));
            }
        }
        return skipped;
    }

    /** The "model" under audit: the decision the log recorded for this person. */
    private static CompletableFuture<List<PredictionOutput>> recorded(List<PredictionInput> inputs) {
        List<PredictionOutput> outputs = new ArrayList<>(inputs.size());
        for (PredictionInput input : inputs) {
            outputs.add(new PredictionOutput(List.of(new Output(DECISION, Type.CATEGORICAL,
                    input.getFeatures().get(1).getValue(), 1.0))));
        }
        return CompletableFuture.completedFuture(outputs);
    }

    private static String group(PredictionInput input) {
        return (String) input.getFeatures().get(0).getValue().getUnderlyingObject();
    }

    /**
     * Compares Kogito's values with the same quantities computed from the per-group counts in
     * Asylon's report (the marginal nationality analysis, decision source): SPD = p_g − p_r,
     * DIR = p_g / p_r of the selection rates; average odds difference = ((FPR_g − FPR_r) +
     * (TPR_g − TPR_r)) / 2; average predictive value difference = ((PPV_g − PPV_r) + (FOR_g − FOR_r)) / 2:
     * Kogito's second term is the false omission rate FN / (FN + TN), not the negative predictive value.
     */
    private static void check(Map<String, Map<Metric, Double>> values, String reference, JsonNode report) {
        JsonNode analysis = null;
        for (JsonNode candidate : report.get("analyses")) {
            if (!candidate.get("intersectional").asBoolean() && candidate.get("attributes").size() == 1
                    && candidate.get("attributes").get(0).asText().equals(GROUP)) {
                analysis = candidate;
            }
        }
        if (analysis == null) {
            System.out.println("check failed: the Asylon report has no analysis of " + GROUP);
            return;
        }
        if (!analysis.get("reference").asText().equals(reference)) {
            System.out.println("check failed: Asylon's reference is " + analysis.get("reference").asText() + ", Kogito's " + reference);
            return;
        }
        Map<String, Map<String, Double>> rates = new LinkedHashMap<>();
        for (JsonNode metric : analysis.get("metrics")) {
            if (metric.get("source").asText().equals("decision")) {
                for (JsonNode group : metric.get("groups")) {
                    JsonNode rate = group.get("rate");
                    if (rate != null) {
                        rates.computeIfAbsent(group.get("group").asText(), g -> new LinkedHashMap<>())
                                .put(metric.get("metric").asText(), rate.get("count").asDouble() / rate.get("total").asDouble());
                    }
                }
            }
        }
        Map<String, Double> r = rates.get(reference);
        int compared = 0;
        double largest = 0;
        List<String> disagreements = new ArrayList<>();
        for (var entry : values.entrySet()) {
            Map<String, Double> g = rates.get(entry.getKey());
            if (g == null) {
                disagreements.add(entry.getKey() + ": not in Asylon's report");
                continue;
            }
            for (var value : entry.getValue().entrySet()) {
                double expected = switch (value.getKey()) {
                    case STATISTICAL_PARITY_DIFFERENCE -> g.get("selection_rate") - r.get("selection_rate");
                    case DISPARATE_IMPACT_RATIO -> g.get("selection_rate") / r.get("selection_rate");
                    case AVERAGE_ODDS_DIFFERENCE -> ((g.get("fpr") - r.get("fpr")) + (g.get("tpr") - r.get("tpr"))) / 2;
                    case AVERAGE_PREDICTIVE_VALUE_DIFFERENCE -> ((g.get("ppv") - r.get("ppv")) + (g.get("for") - r.get("for"))) / 2;
                };
                double difference = Math.abs(expected - value.getValue());
                largest = Math.max(largest, difference);
                compared++;
                if (!(difference <= TOLERANCE)) {
                    disagreements.add(String.format("%s %s: Kogito %.6f, from Asylon's counts %.6f", entry.getKey(),
                            value.getKey().id(), value.getValue(), expected));
                }
            }
        }
        if (disagreements.isEmpty()) {
            System.out.printf("check agrees: %d values, largest difference %.1e%n", compared, largest);
        } else {
            System.out.println("check failed: " + String.join("; ", disagreements));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
